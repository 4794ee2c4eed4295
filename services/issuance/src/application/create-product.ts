import { newId } from '@ecticket/platform';
import { staffActor } from '../domain/actor';
import { branchIdsOf, newProduct, type Product, type ProductTerms } from '../domain/product';
import { products } from '../infrastructure/collections';
import { authorize } from './access';
import { assertBranchesOf, giftVouchersAllowed } from './lookups';
import { insertNew } from './persistence';
import type { IssuanceDeps } from './ports';

/** R1, R31: needs `products`; gift vouchers only under a contract that enables them. */
export async function createProduct(deps: IssuanceDeps, accessToken: string | null, terms: ProductTerms): Promise<Product> {
  const operator = await authorize(deps, accessToken, { permission: 'products', mutating: true });
  const product = newProduct({
    id: newId(),
    merchantId: operator.merchantId,
    terms,
    giftVouchersEnabled: await giftVouchersAllowed(deps, operator.merchantId, terms.ticketType === 'gift_voucher'),
    actor: staffActor(operator),
    now: deps.clock.now(),
  });
  await assertBranchesOf(deps, operator.merchantId, branchIdsOf(product));
  await deps.store.write([insertNew(products, product, product.createdAt)]);
  return product;
}
