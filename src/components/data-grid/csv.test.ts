import { describe, expect, it } from 'vitest';
import { csvDocument, csvField } from './csv';

describe('csvField', () => {
  it.each([
    ['plain text', 'Finance secrets', 'Finance secrets'],
    ['an empty value', '', ''],
    ['a comma', 'Redshift, prod', '"Redshift, prod"'],
    ['quotes, doubled', 'The "reports" login', '"The ""reports"" login"'],
    ['a line break', 'first\nsecond', '"first\nsecond"'],
    ['a carriage return and line feed', 'first\r\nsecond', '"first\r\nsecond"'],
    ['markup, as text', '<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['non-ASCII letters', 'Données — Zürich', 'Données — Zürich'],
    ['an apostrophe inside', "O'Brien", "O'Brien"],
  ])('writes %s', (_, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it.each([
    ['=', '=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+', '+1+2', "'+1+2"],
    ['-', '-2+3', "'-2+3"],
    ['@', '@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['a tab', '\t=1+1', "'\t=1+1"],
    ['a carriage return', '\r=1+1', `"'\r=1+1"`],
    ['a line feed', '\n=1+1', `"'\n=1+1"`],
  ])('neutralises a field starting with %s so no spreadsheet reads it as a formula', (_, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('leaves a formula character that is not the first alone', () => {
    expect(csvField('a=b+c-d@e')).toBe('a=b+c-d@e');
  });
});

describe('csvDocument', () => {
  it('starts with the UTF-8 byte order mark, puts the header first and ends every record with CRLF', () => {
    const text = csvDocument(['Name', 'Region'], [['Finance secrets', 'us-west-2'], ['EU, analytics', 'eu-west-1']]);
    expect(text).toBe('\uFEFFName,Region\r\nFinance secrets,us-west-2\r\n"EU, analytics",eu-west-1\r\n');
  });

  it('writes only the header when no row is shown', () => {
    expect(csvDocument(['Name'], [])).toBe('\uFEFFName\r\n');
  });
});
