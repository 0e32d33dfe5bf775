import { describe, expect, it } from 'vitest';
import { toBase64Url } from './bytes.ts';
import { base64UrlBytes, displayNameSchema, emailSchema, idSchema, key32Schema, localDaySchema, safeText, timeZoneSchema, utf8Length } from './strings.ts';

const bytes = (length: number) => new Uint8Array(length).fill(0xab);
const EMOJI = '\u{1F600}'; // 1 code point, 2 UTF-16 units, 4 UTF-8 bytes

/** A lone surrogate is an ordinary validation issue (a 400), never an exception (a 500). */
describe('lone surrogates are rejected as an ordinary validation issue', () => {
  const schemas = {
    'safeText({ maxBytes: 100 })': safeText({ maxBytes: 100 }),
    displayNameSchema,
    emailSchema,
  };
  it.each([
    ['safeText({ maxBytes: 100 })', '\ud800x'],
    ['safeText({ maxBytes: 100 })', 'x\udc00'],
    ['safeText({ maxBytes: 100 })', 'abc\ud83d'],
    ['displayNameSchema', 'Alex\ud800'],
    ['emailSchema', 'alex\ud800@example.com'],
  ] as const)('%s rejects %j without throwing', (name, text) => {
    let result: { success: boolean } | undefined;
    expect(() => {
      result = schemas[name].safeParse(text);
    }).not.toThrow();
    expect(result?.success).toBe(false);
  });
});

describe('utf8Length', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['é', 2],
    ['中', 3],
    [EMOJI, 4],
    ['e\u0301', 3],
  ])('%j is %i bytes', (text, expected) => {
    expect(utf8Length(text)).toBe(expected);
  });
});

describe('safeText', () => {
  const schema = safeText({ maxBytes: 100 });

  it.each([
    ['plain text', 'hello'],
    ['exactly 100 ASCII bytes', 'a'.repeat(100)],
    ['25 emoji = exactly 100 bytes', EMOJI.repeat(25)],
    ['an empty string (minLength 0)', ''],
    ['a valid surrogate pair', '\ud83d\ude00'],
  ])('accepts %s', (_what, text) => {
    expect(schema.parse(text)).toBe(text);
  });

  it.each([
    ['a NUL character', 'a\u0000b'],
    ['101 ASCII bytes', 'a'.repeat(101)],
    ['26 emoji = 104 bytes', EMOJI.repeat(26)],
  ])('rejects %s', (_what, text) => {
    expect(schema.safeParse(text).success).toBe(false);
  });

  it('limits bytes, not characters: 50 emoji are 50 characters but 200 bytes', () => {
    const fifty = EMOJI.repeat(50);
    expect([...fifty]).toHaveLength(50);
    const limited = safeText({ maxBytes: 100 }).refine((s) => [...s].length <= 50);
    const result = limited.safeParse(fifty);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain('must be at most 100 bytes');
  });

  it('enforces minLength', () => {
    expect(safeText({ maxBytes: 10, minLength: 2 }).safeParse('a').success).toBe(false);
    expect(safeText({ maxBytes: 10, minLength: 2 }).safeParse('ab').success).toBe(true);
  });
});

describe('displayNameSchema', () => {
  it.each([
    ['Alex', 'Alex'],
    ['  Alex  ', 'Alex'],
    ['Zoë', 'Zoë'],
    ['e\u0301mile (decomposed)', '\u00e9mile (decomposed)'],
    ['a'.repeat(60), 'a'.repeat(60)],
    ['中文名字', '中文名字'],
    ['\u{1F33F}'.repeat(40), '\u{1F33F}'.repeat(40)], // 40 emoji: 40 characters, 160 bytes
  ])('accepts %j as %j', (input, expected) => {
    expect(displayNameSchema.parse(input)).toBe(expected);
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['61 characters', 'a'.repeat(61)],
    ['a NUL', 'Al\u0000ex'],
    ['more than 200 bytes', '中'.repeat(67)],
    ['61 characters of CJK', '中'.repeat(61)],
  ])('rejects %s', (_what, input) => {
    expect(displayNameSchema.safeParse(input).success).toBe(false);
  });

  it.each(['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'])(
    'rejects the bidi control U+%s that can disguise a name',
    (control) => {
      const result = displayNameSchema.safeParse(`Alex${control}xela`);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message)).toContain('must not contain direction control characters');
    },
  );
});

describe('emailSchema', () => {
  it.each([
    ['Alex@Example.COM', 'alex@example.com'],
    ['  alex@example.com\t', 'alex@example.com'],
    ['First.Last+tag@Sub.Example.org', 'first.last+tag@sub.example.org'],
  ])('normalises %j to %j', (input, expected) => {
    expect(emailSchema.parse(input)).toBe(expected);
  });

  it('treats composed and decomposed spellings the same (NFC before anything else)', () => {
    const composed = emailSchema.safeParse('jos\u00e9@example.com');
    const decomposed = emailSchema.safeParse('jose\u0301@example.com');
    expect(decomposed.success).toBe(composed.success);
    if (composed.success && decomposed.success) expect(decomposed.data).toBe(composed.data);
  });

  it.each([
    ['no @', 'alex.example.com'],
    ['no domain', 'alex@'],
    ['too short', 'a@'],
    ['a NUL', 'al\u0000ex@example.com'],
    ['more than 254 bytes', `${'a'.repeat(250)}@example.com`],
    ['a space inside', 'al ex@example.com'],
  ])('rejects %s', (_what, input) => {
    expect(emailSchema.safeParse(input).success).toBe(false);
  });
});

describe('idSchema', () => {
  it.each([
    ['0190a4b2-7c3d-7e5f-8a9b-0c1d2e3f4a5b', true],
    ['f47ac10b-58cc-4372-a567-0e02b2c3d479', true],
    ['not-a-uuid', false],
    ['0190a4b2-7c3d-7e5f-8a9b-0c1d2e3f4a5', false],
    ['', false],
  ])('%j → %s', (id, ok) => {
    expect(idSchema.safeParse(id).success).toBe(ok);
  });
});

describe('base64UrlBytes', () => {
  const schema = base64UrlBytes({ minBytes: 4, maxBytes: 8 });

  it.each([
    ['4 bytes', toBase64Url(bytes(4)), true],
    ['8 bytes', toBase64Url(bytes(8)), true],
    ['url-safe characters', toBase64Url(Uint8Array.of(0xfb, 0xff, 0xbf, 0xfe)), true],
    ['3 bytes (too few)', toBase64Url(bytes(3)), false],
    ['9 bytes (too many)', toBase64Url(bytes(9)), false],
    ['padding', `${toBase64Url(bytes(4))}==`, false],
    ['standard base64 alphabet (+ and /)', '+/+/+/', false],
    ['an impossible length (5 characters)', 'AAAAA', false],
    ['non-zero trailing bits (non-canonical)', 'AAAAAB', false],
    ['whitespace', ` ${toBase64Url(bytes(4))}`, false],
    ['empty', '', false],
    ['a huge string', 'A'.repeat(10_000), false],
  ])('%s → %s', (_what, text, ok) => {
    expect(schema.safeParse(text).success).toBe(ok);
  });

  it('key32Schema takes exactly 32 bytes', () => {
    expect(key32Schema.safeParse(toBase64Url(bytes(32))).success).toBe(true);
    expect(key32Schema.safeParse(toBase64Url(bytes(31))).success).toBe(false);
    expect(key32Schema.safeParse(toBase64Url(bytes(33))).success).toBe(false);
  });
});

describe('timeZoneSchema', () => {
  it.each(['Europe/Berlin', 'America/New_York', 'Pacific/Kiritimati', 'Asia/Kathmandu', 'UTC'])('accepts %s', (tz) => {
    expect(timeZoneSchema.safeParse(tz).success).toBe(true);
  });

  it.each([
    ['a typo', 'Europe/Londn'],
    ['a path', '../../etc/passwd'],
    ['an invented zone', 'Mars/Olympus_Mons'],
    ['empty', ''],
    ['longer than 64 characters', `Europe/${'A'.repeat(60)}`],
  ])('rejects %s', (_what, tz) => {
    expect(timeZoneSchema.safeParse(tz).success).toBe(false);
  });
});

describe('localDaySchema', () => {
  it.each(['2024-02-29', '2000-02-29', '2026-12-31', '2026-01-01'])('accepts %s', (day) => {
    expect(localDaySchema.safeParse(day).success).toBe(true);
  });

  it.each([
    ['29 February in a common year', '2023-02-29'],
    ['29 February 1900 (not a leap year)', '1900-02-29'],
    ['31 April', '2026-04-31'],
    ['month 13', '2026-13-01'],
    ['day 0', '2026-01-00'],
    ['no zero padding', '2026-1-01'],
    ['a date-time', '2026-01-01T00:00:00Z'],
    ['surrounding space', ' 2026-01-01'],
    ['slashes', '2026/01/01'],
  ])('rejects %s', (_what, day) => {
    expect(localDaySchema.safeParse(day).success).toBe(false);
  });
});
