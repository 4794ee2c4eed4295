import { findPage, type Filter, type Page, type PageRequest } from '@ecticket/platform';
import type { Product, TicketType } from '../domain/product';
import { products } from '../infrastructure/collections';
import { authorize } from './access';
import { productOfMerchant } from './lookups';
import type { IssuanceDeps } from './ports';

/** The catalogue is readable by every staff member of the merchant. */
const readRule = { permission: null, mutating: false } as const;

export async function getProduct(deps: IssuanceDeps, accessToken: string | null, productId: string): Promise<Product> {
  const operator = await authorize(deps, accessToken, readRule);
  return productOfMerchant(deps, operator.merchantId, productId);
}

export interface ProductQuery {
  readonly listed: boolean | null;
  readonly ticketType: TicketType | null;
  readonly page: PageRequest;
}

export async function listProducts(deps: IssuanceDeps, accessToken: string | null, query: ProductQuery): Promise<Page<Product>> {
  const operator = await authorize(deps, accessToken, readRule);
  const filter: Filter = {
    merchantId: operator.merchantId,
    ...(query.listed === null ? {} : { listed: query.listed }),
    ...(query.ticketType === null ? {} : { ticketType: query.ticketType }),
  };
  return findPage(deps.store.collection(products), filter, query.page, 'newest_first');
}
