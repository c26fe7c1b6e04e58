#!/usr/bin/env node
// Measures titles as a browser does (canvas measureText, font "20px Arial", the canvas defaults: kerning on) in
// headless Chromium, and writes the fixture that tests TitleWidth against:
//
//     node tools/measure-title-widths.mjs [tools/title-samples.txt] [tests/Copywise.Tests/Text/Data/title-widths.chromium.tsv]
//
// Needs Chromium (CHROMIUM=path overrides /usr/bin/chromium) and fontconfig's "Arial" resolving to Liberation Sans
// (Debian: chromium fonts-liberation2 fonts-dejavu-core fonts-noto-cjk fonts-noto-color-emoji; the last two give CJK
// and emoji real glyphs instead of empty boxes). No npm packages: the page writes its results into the DOM and
// `chromium --dump-dom` prints it. The output's header records the browser and the fonts that produced it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [input = 'tools/title-samples.txt', output = 'tests/Copywise.Tests/Text/Data/title-widths.chromium.tsv'] =
  process.argv.slice(2);
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';

const titles = readFileSync(input, 'utf8').split('\n')
  .map((line) => line.replace(/\r$/, ''))
  .filter((line) => line.trim() !== '' && !line.startsWith('# '));
for (const t of titles) {
  if (t.includes('\t')) throw new Error(`a title may not hold a tab: ${t}`);
}

// Only ASCII goes in and out of the page, so neither the file's nor the dumped DOM's encoding can alter a title.
const ascii = (json) => json.replace(/[^\x20-\x7e]|[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const page = `<!doctype html><meta charset="utf-8"><pre id="out"></pre><script>
const titles = ${ascii(JSON.stringify(titles))};
const ctx = document.createElement('canvas').getContext('2d');
ctx.font = '20px Arial';
const widths = titles.map((t) => ctx.measureText(t).width);
document.getElementById('out').textContent = JSON.stringify({ kerning: ctx.fontKerning, widths });
</script>`;

const sh = (cmd, args) => {
  try { return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return '?'; }
};
const arial = sh('fc-match', ['-f', '%{family[0]}', 'Arial']);
if (arial !== 'Liberation Sans') throw new Error(`"Arial" resolves to ${arial}, not Liberation Sans, whose widths TitleWidth uses`);

const dir = mkdtempSync(join(tmpdir(), 'title-widths-'));
let dom;
try {
  const file = join(dir, 'measure.html');
  writeFileSync(file, page);
  dom = execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${join(dir, 'profile')}`,
    '--dump-dom', pathToFileURL(file).href], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 120_000 });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const match = /<pre id="out">([^<]+)<\/pre>/.exec(dom);
if (!match) throw new Error('the page produced no result');
const { kerning, widths } = JSON.parse(match[1]);
if (widths.length !== titles.length) throw new Error('result count differs from title count');

// fontversion is 16.16 fixed point.
const fontLine = (label, pattern) => {
  const family = sh('fc-match', ['-f', '%{family[0]}', pattern]);
  const version = Number(sh('fc-match', ['-f', '%{fontversion}', pattern])) / 65536;
  return `${label} -> ${family} ${Number.isFinite(version) ? version.toFixed(3) : '?'}`;
};
const header = [
  `# Canvas measureText widths (px) of "20px Arial", fontKerning=${kerning}, measured by tools/measure-title-widths.mjs`,
  `# ${sh(chromium, ['--version'])}`,
  `# fonts: ${fontLine('Arial', 'Arial')}; ${fontLine('CJK', 'sans-serif:lang=ja')}; ${fontLine('emoji', 'emoji')}; ${fontLine('Arabic', 'sans-serif:lang=ar')}`,
];
const rows = titles.map((t, i) => `${t}\t${widths[i].toFixed(2)}`);
writeFileSync(output, [...header, ...rows].join('\n') + '\n');
console.log(`${rows.length} titles measured into ${output}`);
