// Original file: protos/issuance.proto

import type { Validity as _ecticket_issuance_v1_Validity, Validity__Output as _ecticket_issuance_v1_Validity__Output } from '../../../ecticket/issuance/v1/Validity';
import type { BranchList as _ecticket_issuance_v1_BranchList, BranchList__Output as _ecticket_issuance_v1_BranchList__Output } from '../../../ecticket/issuance/v1/BranchList';

/**
 * Unset fields stay as they are; the ticket type never changes. Issued tickets and existing
 * orders keep what they copied from the product.
 */
export interface UpdateProductRequest {
  'productId'?: (string);
  'name'?: (string);
  'description'?: (string);
  'faceValue'?: (number);
  /**
   * replaces the whole validity
   */
  'validity'?: (_ecticket_issuance_v1_Validity | null);
  'immediatelyUsable'?: (boolean);
  'redemptionBranches'?: (_ecticket_issuance_v1_BranchList | null);
  'returnBranches'?: (_ecticket_issuance_v1_BranchList | null);
  'listed'?: (boolean);
  '_name'?: "name";
  '_description'?: "description";
  '_faceValue'?: "faceValue";
  '_immediatelyUsable'?: "immediatelyUsable";
  '_listed'?: "listed";
}

/**
 * Unset fields stay as they are; the ticket type never changes. Issued tickets and existing
 * orders keep what they copied from the product.
 */
export interface UpdateProductRequest__Output {
  'productId': (string);
  'name'?: (string);
  'description'?: (string);
  'faceValue'?: (number);
  /**
   * replaces the whole validity
   */
  'validity': (_ecticket_issuance_v1_Validity__Output | null);
  'immediatelyUsable'?: (boolean);
  'redemptionBranches': (_ecticket_issuance_v1_BranchList__Output | null);
  'returnBranches': (_ecticket_issuance_v1_BranchList__Output | null);
  'listed'?: (boolean);
  '_name'?: "name";
  '_description'?: "description";
  '_faceValue'?: "faceValue";
  '_immediatelyUsable'?: "immediatelyUsable";
  '_listed'?: "listed";
}
