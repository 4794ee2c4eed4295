// Original file: protos/issuance.proto

import type { Product as _ecticket_issuance_v1_Product, Product__Output as _ecticket_issuance_v1_Product__Output } from '../../../ecticket/issuance/v1/Product';

export interface ListProductsResponse {
  'products'?: (_ecticket_issuance_v1_Product)[];
  'nextCursor'?: (string);
}

export interface ListProductsResponse__Output {
  'products': (_ecticket_issuance_v1_Product__Output)[];
  'nextCursor': (string);
}
