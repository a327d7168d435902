/** The screens, in navigation order. Hash routing: the app never navigates away from index.html. */
export const ROUTES = ['overview', 'inventory', 'alternatives', 'checklist', 'fleet', 'catalogue', 'settings', 'about'] as const;
export type Route = (typeof ROUTES)[number];

export function routeFromHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'overview';
}

export const hrefFor = (route: Route): string => `#/${route}`;
