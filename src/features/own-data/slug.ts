/**
 * Slugs for the ids a user's file does not give: lowercase a-z, 0-9 and single hyphens, as
 * the schema asks. Latin letters lose their accents and Cyrillic is transliterated, so an
 * SCO chronology in Russian still gets readable ids; other scripts drop out (the caller
 * then numbers the record).
 */

// prettier-ignore
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u', қ: 'q', ғ: 'gh', ң: 'ng', ү: 'u', ұ: 'u', ө: 'o',
  һ: 'h', ә: 'a', ҳ: 'h', ҷ: 'j', ӣ: 'i', ӯ: 'u',
};

/** Slugs longer than this are cut at a hyphen: an id is for links, not for reading. */
export const MAX_SLUG_LENGTH = 60;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  // Most ids a file gives are slugs already: no normalising for them.
  if (text.length <= maxLength && SLUG.test(text)) return text;
  const slug = text
    .toLowerCase()
    .replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > 0 ? cut.slice(0, hyphen) : cut.slice(0, maxLength)).replace(/-+$/, '');
}

/**
 * Hands out unique ids in call order: the first record of a base gets it as is, the next
 * `base-2`, `base-3`, … Ids reserved beforehand (those a file gives) are never handed out.
 */
export class IdAllocator {
  private readonly used = new Set<string>();
  private readonly next = new Map<string, number>();

  reserve(id: string): void {
    this.used.add(id);
  }

  has(id: string): boolean {
    return this.used.has(id);
  }

  allocate(base: string): string {
    let id = base;
    let n = this.next.get(base) ?? 2;
    while (this.used.has(id)) id = `${base}-${n++}`;
    this.next.set(base, n);
    this.used.add(id);
    return id;
  }
}
