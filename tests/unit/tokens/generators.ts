import fc from 'fast-check';

/** Text fragments that stress the pre-tokenizer and the merges. */
const fragment = fc.oneof(
  // any code point of any plane, lone surrogates included
  fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 1, max: 300 }).map((n) => ' '.repeat(n)),
  fc
    .integer({ min: 1, max: 40 })
    .map((n) => '\t \u00a0\u3000\u0085\ufeff'.slice(0, 1 + (n % 6)).repeat(n)),
  fc.stringMatching(/^[0-9]{1,40}$/),
  fc.stringMatching(/^[!-/:-@[-`{-~]{1,40}$/),
  fc.stringMatching(/^[A-Za-z]{1,40}$/),
  fc.constantFrom(
    "'s",
    "'S",
    "'ll",
    "'LL",
    "'Re",
    "'ve",
    "'d",
    "'m",
    "'t",
    "'x",
    "don't",
    "I'M",
    "we'Ve",
    "'ſ",
    "x'ſtar",
  ),
  fc.constantFrom('\r\n', '\n', '\r', '\n\n\n', ' \n ', '\r\n\r\n', '/\n/', './/\n'),
  fc.constantFrom(
    '日本語のテキスト',
    'Привет, мир',
    'مرحبا بالعالم',
    'नमस्ते दुनिया',
    'Γειά σου',
    '한국어',
    '👩‍💻🇫🇷🙂',
    'e\u0301\u0301',
    'ǅungla',
    'ＡＢＣ',
  ),
  // control, format and private-use characters, which some patterns match with no alternative
  fc.constantFrom('\u0001', '\u200d', '\ue000', '\u0300', '(é', '_foo', '一二三'),
  fc.constantFrom('<|endoftext|>', '<|im_start|>', '<|endofprompt|>', '<|fim_prefix|>'),
);
export const text = fc
  .array(fragment, { minLength: 0, maxLength: 30 })
  .map((parts) => parts.join(''));
