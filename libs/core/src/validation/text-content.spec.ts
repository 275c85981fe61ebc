import { textProblem, TextProblem, textProblemMessage } from './text-content.js';

describe('text content', () => {
  it.each([
    ['NUL', 'a\u0000b'],
    ['a bell', 'a\u0007'],
    ['DEL', 'a\u007f'],
    ['a C1 control', 'a\u0085b'],
    ['a tab in a one-line text', 'a\tb'],
    ['a line feed in a one-line text', 'a\nb'],
  ])('refuses %s', (_label, text) => {
    expect(textProblem(text)).toBe(TextProblem.CONTROL);
  });

  it.each([
    ['a zero-width space', '\u200b'],
    ['zero-width joiners and a BOM', '\u200c\u200d\ufeff'],
    ['a word joiner and spaces', ' \u2060 '],
    ['bidi marks', '\u200e\u202e'],
    ['a soft hyphen', '\u00ad'],
    ['the Hangul filler', '\u3164'],
    ['the blank braille pattern', '\u2800'],
    ['an ideographic space', '\u3000'],
  ])('refuses text made only of %s', (_label, text) => {
    expect(textProblem(text)).toBe(TextProblem.INVISIBLE);
  });

  it.each([
    ['Chinese', '东里村'],
    ['a name with a zero-width joiner inside', '共耕\u200d社'],
    ['an emoji with a variation selector', '葡萄\u2764\ufe0f'],
    ['a full-width space between words', '武篆镇\u3000东里村'],
  ])('accepts %s', (_label, text) => {
    expect(textProblem(text)).toBeNull();
  });

  it('lets multi-line text keep tabs and line breaks, but no other control', () => {
    expect(textProblem('第一行\r\n第二行\t说明', true)).toBeNull();
    expect(textProblem('第一行\u0000', true)).toBe(TextProblem.CONTROL);
    expect(textProblem('\n\t', true)).toBe(TextProblem.INVISIBLE);
  });

  it('names the field in the message', () => {
    expect(textProblemMessage('名称', TextProblem.CONTROL)).toBe('名称不能包含控制字符');
    expect(textProblemMessage('名称', TextProblem.INVISIBLE)).toBe('名称不能只包含不可见字符');
  });
});
