import type { Root } from 'hast';
import type { RootContent as MdastContent, Root as MdastRoot } from 'mdast';
import { describe, expect, it } from 'vitest';
import rehypeBaseLinks from '../../src/markdown/rehype-base-links.ts';
import rehypeParagraphLinks from '../../src/markdown/rehype-paragraph-links.ts';
import remarkParagraphIds from '../../src/markdown/remark-paragraph-ids.ts';
import { bodyParagraphs, parseMarkdown } from '../../src/lib/content/paragraphs.ts';

type MdastNode = MdastRoot | MdastContent;

/** A body with two numbered paragraphs, a link inside one and an image. */
function body(): Root {
  return {
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: 'p',
        properties: { id: 'p-1' },
        children: [{ type: 'element', tagName: 'a', properties: { href: '/articles/x/#p-2' }, children: [{ type: 'text', value: 'see' }] }],
      },
      { type: 'element', tagName: 'p', properties: { id: 'p-2' }, children: [{ type: 'text', value: 'Text.' }] },
      { type: 'element', tagName: 'img', properties: { src: '/favicon.svg', alt: '' }, children: [] },
    ],
  };
}

describe('rehypeBaseLinks', () => {
  it('puts root-relative links in bodies under the base path', () => {
    const tree = body();
    rehypeBaseLinks({ base: '/archive/' })(tree);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- hast nodes whose shape the test just built
    const [first, , image] = tree.children as any[];
    expect(first.children[0].properties.href).toBe('/archive/articles/x/#p-2');
    expect(image.properties.src).toBe('/archive/favicon.svg');
  });
});

describe('rehypeParagraphLinks', () => {
  it('appends a labelled ¶ link to each numbered paragraph, ignored by search', () => {
    const tree = body();
    rehypeParagraphLinks()(tree);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- hast nodes whose shape the test just built
    const link = (tree.children[1] as any).children.at(-1);
    expect(link.properties).toMatchObject({ href: '#p-2', ariaLabel: 'Link to paragraph 2', dataPagefindIgnore: '' });
    expect(link.children[0].value).toBe('¶');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- hast nodes whose shape the test just built
    expect((tree.children[2] as any).children).toEqual([]);
  });
});

describe('remarkParagraphIds', () => {
  it('numbers the top-level paragraphs only, so quotes, lists and footnotes never renumber the text', () => {
    const tree = parseMarkdown(['First.', '> Quoted.', '- Listed.', 'Second.[^n]', '[^n]: A note.', 'Third.'].join('\n\n'));
    remarkParagraphIds()(tree);
    const ids = (node: MdastNode): string[] => [
      ...(node.type === 'paragraph' ? [String((node.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id ?? '')] : []),
      ...('children' in node ? node.children.flatMap((child) => ids(child as MdastNode)) : []),
    ];
    // Each paragraph in document order: nested ones (quote, list item, footnote) get no id.
    expect(ids(tree)).toEqual(['p-1', '', '', 'p-2', '', 'p-3']);
    expect(bodyParagraphs(tree).map((paragraph) => paragraph.text)).toEqual(['First.', 'Second.', 'Third.']);
  });
});
