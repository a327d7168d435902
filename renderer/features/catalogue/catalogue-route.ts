/**
 * Pages inside the Catalogue screen, addressed by the hash (#/catalogue, #/catalogue/product/<id>,
 * #/catalogue/alternative/<id>). routes.ts maps every #/catalogue/... to this screen; the rest of the
 * path is ours to read.
 */
export type CataloguePage =
  | { page: 'browse' }
  | { page: 'product'; id: string }
  | { page: 'alternative'; id: string };

/** The contract's id pattern: anything else would be refused by dispatch, so it never reaches the API. */
const ID = /^[A-Za-z0-9._:|-]{1,200}$/;

export function cataloguePageFromHash(hash: string): CataloguePage {
  const match = /^#\/?catalogue\/(product|alternative)\/([^/?#]+)\/?$/.exec(hash);
  if (!match) return { page: 'browse' };
  let id: string;
  try {
    id = decodeURIComponent(match[2]!);
  } catch {
    return { page: 'browse' };
  }
  if (!ID.test(id)) return { page: 'browse' };
  return match[1] === 'product' ? { page: 'product', id } : { page: 'alternative', id };
}

export const CATALOGUE_HREF = '#/catalogue';
export const productHref = (id: string): string => `#/catalogue/product/${encodeURIComponent(id)}`;
export const alternativeHref = (id: string): string => `#/catalogue/alternative/${encodeURIComponent(id)}`;
export const entryHref = (kind: 'product' | 'alternative', id: string): string =>
  (kind === 'product' ? productHref(id) : alternativeHref(id));
