import { staffActor } from '../domain/actor';
import { branchIdsOf, editProduct, type Product, type ProductEdit } from '../domain/product';
import { products } from '../infrastructure/collections';
import { authorize } from './access';
import { assertBranchesOf, productOfMerchant } from './lookups';
import { replaceExisting, retryingConflicts } from './persistence';
import type { IssuanceDeps } from './ports';

/** Needs `products`. Orders and their tickets keep what they copied: no change reaches them. */
export async function updateProduct(deps: IssuanceDeps, accessToken: string | null, productId: string, edit: ProductEdit): Promise<Product> {
  const operator = await authorize(deps, accessToken, { permission: 'products', mutating: true });
  return retryingConflicts(async () => {
    const before = await productOfMerchant(deps, operator.merchantId, productId);
    const after = editProduct(before, edit, staffActor(operator), deps.clock.now());
    if (edit.redemptionBranchIds || edit.returnBranchIds) await assertBranchesOf(deps, operator.merchantId, branchIdsOf(after));
    await deps.store.write([replaceExisting(products, before, after)]);
    return after;
  });
}
