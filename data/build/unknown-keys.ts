/**
 * Finds keys the schema does not know. The source schema strips unknown keys inside entries (only the top level is
 * strict), so a typo such as `jurisdiction_nte:` would silently drop a fact; the build reports it instead.
 * Walks the zod definition alongside the value; only the zod kinds the source schema uses are followed.
 */
import type { z } from 'zod';
import type { FieldPath } from './build-error';

interface ZodDefLike {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
}

function defOf(schema: z.ZodType): ZodDefLike {
  return (schema as unknown as { _zod: { def: ZodDefLike } })._zod.def;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function findUnknownKeys(schema: z.ZodType, value: unknown, path: FieldPath = []): FieldPath[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      if (!isPlainObject(value) || !def.shape) return [];
      const shape = def.shape;
      return Object.entries(value).flatMap(([key, child]) =>
        key in shape ? findUnknownKeys(shape[key] as z.ZodType, child, [...path, key]) : [[...path, key]]);
    }
    case 'array':
      return Array.isArray(value) && def.element
        ? value.flatMap((item, index) => findUnknownKeys(def.element as z.ZodType, item, [...path, index]))
        : [];
    case 'optional':
    case 'default':
    case 'nullable':
      return def.innerType ? findUnknownKeys(def.innerType, value, path) : [];
    case 'union': {
      // Follow the option of the same shape as the value (eu_hosting: a list of offers or the word 'unknown').
      const wanted = Array.isArray(value) ? 'array' : isPlainObject(value) ? 'object' : undefined;
      const option = def.options?.find((candidate) => defOf(candidate).type === wanted);
      return option ? findUnknownKeys(option, value, path) : [];
    }
    default:
      return [];
  }
}
