/**
 * The page that prints the PDF reaches nothing, whatever a layout template holds. Listeners on
 * 127.0.0.1 (an HTTP server, a TCP server a WebSocket or a preconnect would reach, a UDP socket for
 * STUN) must stay silent while a PDF is printed from markup that tries every way out: prefetch,
 * preconnect, dns-prefetch, preload, stylesheets, @import, url(), fonts, images, frames, objects,
 * media, fetch, XHR, WebSocket, EventSource, sendBeacon, WebRTC, workers, speculation rules.
 *
 * Twice: through the CLI with a hostile layout template (every layer: the page's Content-Security-
 * Policy, the browser's switches, requests failed at the protocol level), and through the printer
 * alone with the same markup and no policy at all, scripts running, so that the browser layers are
 * shown to hold by themselves.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findBrowser, offlineArgs } from '../../src/pdf/printing/browser.js';
import { openPrinter } from '../../src/pdf/index.js';
import { launchBrowser } from '../../src/pdf/printing/launch.js';
import { makeProject } from '../corpus/project.js';
import { runCliAsync } from '../corpus/run.js';
import { browserTests } from '../support/browser.js';
import { fixtureMeta, loadFixtureHtml, readPdfText } from './helpers.js';

interface Listeners {
  http: number;
  tcp: number;
  udp: number;
  /** Every contact, as "http GET /x", "tcp connection", "udp 20 bytes". */
  contacts: string[];
  close(): Promise<void>;
}

const browser = await browserTests(import.meta.url);

async function listen(): Promise<Listeners> {
  const contacts: string[] = [];
  const http: HttpServer = createHttpServer((req, res) => {
    contacts.push(`http ${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' }).end('reached');
  });
  http.on('upgrade', (req, socket) => {
    contacts.push(`http upgrade ${req.url}`);
    socket.destroy();
  });
  const tcp: TcpServer = createTcpServer((socket) => {
    contacts.push('tcp connection');
    socket.on('data', (d) => contacts.push(`tcp data ${d.toString('latin1').split('\r\n')[0]}`));
    socket.on('error', () => undefined);
  });
  const udp: UdpSocket = createSocket('udp4');
  udp.on('message', (m) => contacts.push(`udp ${m.length} bytes`));
  const port = (server: HttpServer | TcpServer) => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
  const [httpPort, tcpPort] = await Promise.all([port(http), port(tcp)]);
  const udpPort = await new Promise<number>((resolve) => udp.bind(0, '127.0.0.1', () => resolve(udp.address().port)));
  return {
    http: httpPort,
    tcp: tcpPort,
    udp: udpPort,
    contacts,
    close: async () => {
      http.closeAllConnections();
      await Promise.all([new Promise((r) => http.close(r)), new Promise((r) => tcp.close(r)), new Promise((r) => udp.close(() => r(undefined)))]);
    },
  };
}

/** Markup for the head and the body, and style rules, that try every way out of the page. */
function hostile(l: Listeners): { head: string; css: string; body: string } {
  const h = `http://127.0.0.1:${l.http}`;
  const t = `127.0.0.1:${l.tcp}`;
  const head = [
    `<link rel="prefetch" href="${h}/prefetch">`,
    `<link rel="preconnect" href="http://${t}">`,
    `<link rel="dns-prefetch" href="http://${t}">`,
    `<link rel="dns-prefetch" href="//ehalsa-probe.example">`,
    `<link rel="preload" as="image" href="${h}/preload">`,
    `<link rel="modulepreload" href="${h}/modulepreload.js">`,
    `<link rel="prerender" href="${h}/prerender">`,
    `<link rel="icon" href="${h}/favicon.ico">`,
    `<script type="speculationrules">{"prefetch": [{"source": "list", "urls": ["${h}/speculation"]}]}</script>`,
    `<script src="${h}/script.js"></script>`,
  ].join('\n');
  // (In a <style> of their own Paged.js fails on them, network or not: they go into the layout's styles.
  // Stylesheets, linked or imported, Paged.js fetches itself and gives up without: see their own test.)
  const css = `@font-face { font-family: Probe; src: url("${h}/font.woff2"); }\n.probe { font-family: Probe; background: url("${h}/background.png"); }\n`;
  const script = `
    const h = ${JSON.stringify(h)};
    const tries = [
      () => fetch(h + '/fetch', { mode: 'no-cors' }),
      () => { const x = new XMLHttpRequest(); x.open('GET', h + '/xhr'); x.send(); },
      () => new WebSocket('ws://${t}/websocket'),
      () => new WebSocket(h.replace('http', 'ws') + '/websocket-http'),
      () => new EventSource(h + '/eventsource'),
      () => navigator.sendBeacon(h + '/beacon', 'x'),
      () => { new Image().src = h + '/image-script'; },
      () => new Worker(h + '/worker.js'),
      () => import(h + '/import.js'),
      () => {
        const pc = new RTCPeerConnection({ iceServers: [{ urls: 'stun:127.0.0.1:${l.udp}' }, { urls: 'turn:${t}?transport=tcp', username: 'u', credential: 'c' }] });
        pc.createDataChannel('probe');
        return pc.createOffer().then((offer) => pc.setLocalDescription(offer));
      },
    ];
    let tried = 0;
    for (const t of tries) { try { Promise.resolve(t()).catch(() => {}); } catch {} tried++; }
    document.body.insertAdjacentHTML('beforeend', '<p>NETWORK-PROBES-RAN ' + tried + '</p>');`;
  const body = [
    '<div>',
    `<p class="probe">Probe</p>`,
    `<img src="${h}/img.png" alt="">`,
    `<img srcset="${h}/srcset.png 1x" alt="">`,
    `<picture><source srcset="${h}/picture.png"><img alt=""></picture>`,
    `<iframe src="${h}/iframe" title="probe"></iframe>`,
    `<object data="${h}/object" aria-label="probe"></object>`,
    `<embed src="${h}/embed">`,
    `<video src="${h}/video.mp4" poster="${h}/poster.png"></video>`,
    `<audio src="${h}/audio.mp3" preload="auto"></audio>`,
    `<svg width="1" height="1"><image href="${h}/svg-image.png" width="1" height="1"/></svg>`,
    `<a href="${h}/ping" ping="${h}/ping-beacon">a link</a>`,
    '</div>',
    `<script>${script}</script>`,
  ].join('\n');
  return { head, css, body };
}

/** Contacts may lag behind the print by a moment (a socket opened as the page closes). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

let listeners: Listeners;
beforeAll(async () => {
  listeners = await listen();
});
afterAll(async () => listeners?.close());

describe('the render page reaches no network', () => {
  it('the listeners hear a plain client (the test can fail)', async () => {
    const before = listeners.contacts.length;
    await fetch(`http://127.0.0.1:${listeners.http}/self-test`);
    const udp = createSocket('udp4');
    await new Promise<void>((resolve) => udp.send('x', listeners.udp, '127.0.0.1', () => resolve()));
    udp.close();
    await settle();
    expect(listeners.contacts.slice(before)).toEqual(['http GET /self-test', 'udp 1 bytes']);
    listeners.contacts.length = 0;
  });

  browser.it('report --format pdf with a layout template that tries every way out: exit 0, nothing reached', async () => {
    listeners.contacts.length = 0;
    const box = makeProject();
    try {
      const layout = join(box.root, 'templates', 'layout', 'report.hbs');
      const { head, css, body } = hostile(listeners);
      const text = readFileSync(layout, 'utf8');
      for (const sheet of ['print.css', 'screen.css']) {
        const path = join(box.root, 'templates', 'layout', sheet);
        writeFileSync(path, `${css}${readFileSync(path, 'utf8')}`);
      }
      // Before the template's own <head>, inside it, and in the body.
      writeFileSync(layout, `${head}\n${text.replace('<head>', () => `<head>\n${head}`).replace('<main id="innehall">', (main) => `${main}\n${body}`)}`);
      const r = await runCliAsync(['--root', box.root, 'report', '--year', '2020', '--format', 'pdf,html', '--out', box.out], { timeoutMs: 180_000 });
      expect(r.status).toBe(0);
      await settle();
      expect(listeners.contacts).toEqual([]);
      // report.html holds the policy before anything of the template's…
      const html = readFileSync(join(box.out, '2020', 'report.html'), 'utf8');
      expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('rel="prefetch"'));
      // …and opened as a reader would (a file, in a browser without ehalsa's switches or interception),
      // the policy alone keeps it from reaching anything.
      const found = await findBrowser();
      const plain = await launchBrowser({ ...found, args: found.args.filter((a) => !offlineArgs.includes(a)) }, 60_000);
      try {
        const page = await plain.browser.newPage();
        await page.goto(pathToFileURL(join(box.out, '2020', 'report.html')).href, { waitUntil: 'load' });
        await settle();
        // Its scripts did not run.
        expect(await page.evaluate(() => Array.from(document.querySelectorAll('p')).some((p) => p.textContent?.startsWith('NETWORK-PROBES-RAN')))).toBe(false);
      } finally {
        await plain.close();
      }
      expect(listeners.contacts).toEqual([]);
    } finally {
      box.cleanup();
    }
  }, 180_000);

  browser.it('stylesheets Paged.js fetches itself (<link rel="stylesheet">, @import): nothing reached, the print fails and says why (exit 5)', async () => {
    listeners.contacts.length = 0;
    const h = `http://127.0.0.1:${listeners.http}`;
    for (const [where, markup] of [
      ['head', `<link rel="stylesheet" href="${h}/stylesheet.css">`],
      ['css', `@import url("${h}/import.css");`],
    ]) {
      const box = makeProject();
      try {
        const file = join(box.root, 'templates', 'layout', where === 'head' ? 'report.hbs' : 'print.css');
        const text = readFileSync(file, 'utf8');
        writeFileSync(file, where === 'head' ? text.replace('<head>', () => `<head>\n${markup}`) : `${markup}\n${text}`);
        const r = await runCliAsync(['--root', box.root, 'report', '--year', '2020', '--format', 'pdf', '--out', box.out], { timeoutMs: 180_000 });
        expect(r.status).toBe(5);
        expect(r.stderr).toContain('Paged.js could not paginate the document: a stylesheet it fetches (<link rel="stylesheet"> or @import) could not be loaded');
        await settle();
        expect(listeners.contacts).toEqual([]);
      } finally {
        box.cleanup();
      }
    }
  }, 180_000);

  browser.it('the printer alone, no policy in the page, its scripts running: nothing reached', async () => {
    const printer = await openPrinter();
    listeners.contacts.length = 0;
    try {
      const { head, css, body } = hostile(listeners);
      const html = (await loadFixtureHtml())
        .replace('<style>\n', () => `<style>\n${css}`)
        .replace('</head>', () => `${head}\n</head>`)
        .replace('<p>Rapporten beskriver', (p) => `${body}\n${p}`);
      expect(html).not.toContain('Content-Security-Policy');
      const result = await printer.print(html, fixtureMeta);
      // The probes did run (their note is in the PDF)…
      expect((await readPdfText(result.pdf)).pages.join(' ')).toContain('NETWORK-PROBES-RAN 10');
      await settle();
      // …and reached nothing.
      expect(listeners.contacts).toEqual([]);
    } finally {
      await printer.close();
    }
  }, 120_000);
});
