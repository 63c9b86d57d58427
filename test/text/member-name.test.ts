import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCamelCase, toPascalCase } from '../../src/text/member-name.js';

describe('toCamelCase', () => {
  // zoo-233-camel (AcronymNames) pins these names as ServiceStack camelCases them.
  it.each([
    ['CallSid', 'callSid'],
    ['AccountId', 'accountId'],
    ['ID', 'id'],
    ['URLValue', 'urlValue'],
    ['XMLHttpRequest', 'xmlHttpRequest'],
    ['IOStream', 'ioStream'],
    ['A', 'a'],
    ['ABC', 'abc'],
    ['Name_With_Underscore', 'name_With_Underscore'],
    ['_leading', '_leading'],
    ['lowerStart', 'lowerStart'],
    ['SMSText', 'smsText'],
    ['Ab1C', 'ab1C'],
  ])('vector zoo-233-camel: %s becomes %s', (name, camel) => {
    expect(toCamelCase(name)).toBe(camel);
  });

  it('lower-cases the first capital even when a lowercase char follows it', () => {
    expect(toCamelCase('Id')).toBe('id');
    expect(toCamelCase('Name')).toBe('name');
  });

  it('keeps lower-casing capitals only while the next char is a capital (end counts as one)', () => {
    expect(toCamelCase('MyID')).toBe('myID');
    expect(toCamelCase('AB1')).toBe('aB1');
    expect(toCamelCase('ÄBC')).toBe('ÄBC'); // only ASCII capitals are lowered
    expect(toCamelCase('')).toBe('');
  });

  it('property: only a prefix of ASCII capitals changes, and applying it twice changes nothing more', () => {
    const name = fc.stringMatching(/^[A-Za-z0-9_]{0,12}$/);
    fc.assert(
      fc.property(name, (n) => {
        const c = toCamelCase(n);
        let k = 0;
        while (k < n.length && n[k] !== c[k]) k++;
        return (
          c.length === n.length &&
          c.slice(k) === n.slice(k) &&
          /^[A-Z]*$/.test(n.slice(0, k)) &&
          c.slice(0, k) === n.slice(0, k).toLowerCase() &&
          toCamelCase(c) === c
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('toPascalCase', () => {
  it('upper-cases the first char and keeps the rest', () => {
    expect(toPascalCase('callSid')).toBe('CallSid');
    expect(toPascalCase('urlValue')).toBe('UrlValue');
    expect(toPascalCase('CallSid')).toBe('CallSid');
    expect(toPascalCase('_leading')).toBe('_leading');
    expect(toPascalCase('élan')).toBe('Élan');
    expect(toPascalCase('ßeta')).toBe('ßeta'); // no single-char upper case: left as is
    expect(toPascalCase('')).toBe('');
  });

  it('property: inverts toCamelCase for names with one leading capital', () => {
    const name = fc.stringMatching(/^[A-Z][a-z0-9]{0,8}([A-Z][a-z0-9]{1,8}){0,3}$/);
    fc.assert(fc.property(name, (n) => toPascalCase(toCamelCase(n)) === n), { numRuns: 500 });
  });
});
