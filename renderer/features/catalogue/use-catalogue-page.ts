import { useEffect, useState } from 'react';
import { cataloguePageFromHash, type CataloguePage } from './catalogue-route';

export function useCataloguePage(): CataloguePage {
  const [page, setPage] = useState<CataloguePage>(() => cataloguePageFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setPage(cataloguePageFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return page;
}
