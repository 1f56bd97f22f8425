import type { Command } from 'commander';
import { CliError, EXIT } from './exit.js';

/**
 * `ehalsa completion bash|zsh`: a completion script drawn from the program's own commands and
 * options, so it never lists a command or option that does not exist. Subcommands (`indicators
 * show`) complete after their parent; options after their command; everything else completes file
 * names.
 */
export function completionScript(program: Command, shell: string): string {
  const tree = commandTree(program);
  if (shell === 'bash') return bashScript(tree);
  if (shell === 'zsh') return zshScript(tree);
  throw new CliError(`ehalsa: no completion for "${shell}"`, EXIT.usage, ['  hint: ehalsa completion bash, or ehalsa completion zsh']);
}

interface Node {
  /** "" for the program, "report", "indicators show". */
  path: string;
  words: string[];
}

function commandTree(program: Command): Node[] {
  const nodes: Node[] = [];
  const walk = (command: Command, path: string): void => {
    const subcommands = command.commands.map((c) => c.name());
    const options = command.options.flatMap((o) => [o.short, o.long]).filter((f): f is string => Boolean(f));
    nodes.push({ path, words: [...subcommands, ...(path === '' ? ['help'] : []), ...options, '--help'] });
    for (const c of command.commands) walk(c, path ? `${path} ${c.name()}` : c.name());
  };
  walk(program, '');
  return nodes;
}

function bashScript(nodes: Node[]): string {
  const cases = nodes
    .filter((n) => n.path)
    .sort((a, b) => b.path.length - a.path.length)
    .map((n) => `    *" ${n.path} "*) words="${n.words.join(' ')}" ;;`)
    .join('\n');
  const top = nodes.find((n) => n.path === '')!;
  return `# bash completion for ehalsa: ehalsa completion bash >> ~/.bashrc
_ehalsa() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" line=" \${COMP_WORDS[*]:1:COMP_CWORD-1} " words
  case "$line" in
${cases}
    *) words="${top.words.join(' ')}" ;;
  esac
  if [[ "$cur" == -* || -z "$cur" ]]; then
    COMPREPLY=($(compgen -W "$words" -- "$cur"))
  else
    COMPREPLY=($(compgen -W "$words" -- "$cur") $(compgen -f -- "$cur"))
  fi
}
complete -o filenames -F _ehalsa ehalsa
`;
}

function zshScript(nodes: Node[]): string {
  const cases = nodes
    .filter((n) => n.path)
    .sort((a, b) => b.path.length - a.path.length)
    .map((n) => `    *" ${n.path} "*) opts=(${n.words.join(' ')}) ;;`)
    .join('\n');
  const top = nodes.find((n) => n.path === '')!;
  return `#compdef ehalsa
# zsh completion for ehalsa: ehalsa completion zsh > "\${fpath[1]}/_ehalsa"
_ehalsa() {
  local line=" \${words[2,CURRENT-1]} "
  local -a opts
  case "$line" in
${cases}
    *) opts=(${top.words.join(' ')}) ;;
  esac
  compadd -a opts
  _files
}
compdef _ehalsa ehalsa
`;
}
