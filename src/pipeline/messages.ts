/**
 * Every message of reading the project's folders (src/pipeline/project.ts and entries.ts), in one
 * place; tests compare against these functions.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';

type Problem = Pick<Diagnostic, 'code' | 'message' | 'hint'>;

const files = (n: number) => (n === 0 ? 'empty' : n === 1 ? 'holds 1 file' : `holds ${n} files`);

/** "a year folder", with a suggestion when the name is a year mistyped with letters (202O, 2O2l). */
function yearLike(name: string): string | null {
  const digits = name.replace(/[oO]/g, '0').replace(/[lI|]/g, '1').replace(/[sS]/g, '5');
  return /^\d{4}$/.test(digits) && digits !== name ? digits : null;
}

export const projectMessages = {
  unreadable: (path: string, folder: boolean, reason: string): Problem => ({
    code: 'file/unreadable',
    message: folder ? `the folder "${path}/" cannot be read (${reason}); nothing in it is read` : `"${path}" cannot be read (${reason})`,
    hint: folder ? 'give yourself read and search permission on the folder (chmod u+rx), or move it out of the project' : 'give yourself read permission on the file (chmod u+r), or move it out of the project',
  }),
  vanished: (path: string): Problem => ({
    code: 'file/unreadable',
    message: `"${path}" disappeared while it was being read`,
    hint: 'run again once the files have stopped changing (an editor saving, a git checkout)',
  }),
  notRegular: (path: string, what: string): Problem => ({
    code: 'file/not-regular',
    message: `"${path}" is ${what}, not a file`,
    hint: 'the input folders hold ordinary files only; remove it',
  }),
  link: (path: string, why: 'loop' | 'dangling' | null): Problem => ({
    code: 'file/link',
    message:
      why === 'loop'
        ? `"${path}" is a symbolic link that leads back to itself (a loop); ehalsa reads only files inside the project`
        : why === 'dangling'
          ? `"${path}" is a symbolic link to nothing (its target does not exist); ehalsa reads only files inside the project`
          : `"${path}" is a symbolic link; ehalsa reads only files inside the project`,
    hint: why === 'loop' || why === 'dangling' ? 'remove the link' : 'replace the link with the file itself',
  }),
  notAFolder: (path: string): Problem => ({
    code: 'file/not-a-folder',
    message: `"${path}" is a file; it must be a folder`,
    hint: `rename the file and create the folder ${path}/`,
  }),
  notAYear: (path: string, count: number): Problem => {
    const name = path.split('/').pop()!;
    const year = yearLike(name);
    const parent = path.slice(0, -name.length);
    return {
      code: 'file/not-a-year',
      message: `the folder "${path}/" is not a year (${files(count)}); nothing in it is read`,
      hint: year ? `did you mean "${parent}${year}/"? rename the folder` : `folders here are named by year, e.g. ${parent}2020/; rename the folder or move it out of the project`,
    };
  },
  strayFile: (path: string, rule: string): Problem => ({
    code: 'file/misplaced',
    message: `unexpected file "${path}"; it is not read`,
    hint: `${rule}; move or remove the file`,
  }),
  subfolder: (path: string, count: number, rule: string): Problem => ({
    code: 'file/misplaced',
    message: `unexpected folder "${path}/" (${files(count)}); nothing in it is read`,
    hint: `${rule}; move its files up or remove the folder`,
  }),
} as const;
