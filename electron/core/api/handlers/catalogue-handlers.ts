import type { Handlers } from '../handler-types';
import type { CoreServices } from '../services';
import { UserFacingError } from '../dispatch';

type CatalogueHandlers = Pick<Handlers, 'catalogue.stats' | 'catalogue.categories' | 'catalogue.search' | 'catalogue.alternatives' | 'catalogue.product' | 'catalogue.alternative'>;

export function createCatalogueHandlers(services: CoreServices): CatalogueHandlers {
  return {
    'catalogue.stats': async () => services.catalogue().stats(),
    'catalogue.categories': async () => services.catalogue().listCategories(),
    'catalogue.search': async (input) => services.catalogue().search(input.query, input.limit),
    'catalogue.alternatives': async (input) => services.catalogue().filterAlternatives(input.filter),
    'catalogue.product': async (input) => {
      const product = services.catalogue().getProduct(input.id);
      if (!product) throw new UserFacingError('not-found', `No product with id ${input.id} in the catalogue.`);
      return product;
    },
    'catalogue.alternative': async (input) => {
      const alternative = services.catalogue().getAlternative(input.id);
      if (!alternative) throw new UserFacingError('not-found', `No alternative with id ${input.id} in the catalogue.`);
      return alternative;
    },
  };
}
