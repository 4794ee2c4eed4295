// Original file: protos/account.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { BindSubAccountToBranchRequest as _ecticket_account_v1_BindSubAccountToBranchRequest, BindSubAccountToBranchRequest__Output as _ecticket_account_v1_BindSubAccountToBranchRequest__Output } from '../../../ecticket/account/v1/BindSubAccountToBranchRequest';
import type { Branch as _ecticket_account_v1_Branch, Branch__Output as _ecticket_account_v1_Branch__Output } from '../../../ecticket/account/v1/Branch';
import type { ChangeSubAccountPasswordRequest as _ecticket_account_v1_ChangeSubAccountPasswordRequest, ChangeSubAccountPasswordRequest__Output as _ecticket_account_v1_ChangeSubAccountPasswordRequest__Output } from '../../../ecticket/account/v1/ChangeSubAccountPasswordRequest';
import type { CheckPrincipalRequest as _ecticket_account_v1_CheckPrincipalRequest, CheckPrincipalRequest__Output as _ecticket_account_v1_CheckPrincipalRequest__Output } from '../../../ecticket/account/v1/CheckPrincipalRequest';
import type { CreateBranchRequest as _ecticket_account_v1_CreateBranchRequest, CreateBranchRequest__Output as _ecticket_account_v1_CreateBranchRequest__Output } from '../../../ecticket/account/v1/CreateBranchRequest';
import type { CreateMerchantRequest as _ecticket_account_v1_CreateMerchantRequest, CreateMerchantRequest__Output as _ecticket_account_v1_CreateMerchantRequest__Output } from '../../../ecticket/account/v1/CreateMerchantRequest';
import type { CreateRedeemableStoreRequest as _ecticket_account_v1_CreateRedeemableStoreRequest, CreateRedeemableStoreRequest__Output as _ecticket_account_v1_CreateRedeemableStoreRequest__Output } from '../../../ecticket/account/v1/CreateRedeemableStoreRequest';
import type { CreateSubAccountRequest as _ecticket_account_v1_CreateSubAccountRequest, CreateSubAccountRequest__Output as _ecticket_account_v1_CreateSubAccountRequest__Output } from '../../../ecticket/account/v1/CreateSubAccountRequest';
import type { DeleteSubAccountRequest as _ecticket_account_v1_DeleteSubAccountRequest, DeleteSubAccountRequest__Output as _ecticket_account_v1_DeleteSubAccountRequest__Output } from '../../../ecticket/account/v1/DeleteSubAccountRequest';
import type { GetBranchRequest as _ecticket_account_v1_GetBranchRequest, GetBranchRequest__Output as _ecticket_account_v1_GetBranchRequest__Output } from '../../../ecticket/account/v1/GetBranchRequest';
import type { GetMerchantRequest as _ecticket_account_v1_GetMerchantRequest, GetMerchantRequest__Output as _ecticket_account_v1_GetMerchantRequest__Output } from '../../../ecticket/account/v1/GetMerchantRequest';
import type { GetMerchantTermsRequest as _ecticket_account_v1_GetMerchantTermsRequest, GetMerchantTermsRequest__Output as _ecticket_account_v1_GetMerchantTermsRequest__Output } from '../../../ecticket/account/v1/GetMerchantTermsRequest';
import type { GetSubAccountRequest as _ecticket_account_v1_GetSubAccountRequest, GetSubAccountRequest__Output as _ecticket_account_v1_GetSubAccountRequest__Output } from '../../../ecticket/account/v1/GetSubAccountRequest';
import type { GetVerificationKeysRequest as _ecticket_account_v1_GetVerificationKeysRequest, GetVerificationKeysRequest__Output as _ecticket_account_v1_GetVerificationKeysRequest__Output } from '../../../ecticket/account/v1/GetVerificationKeysRequest';
import type { GetVerificationKeysResponse as _ecticket_account_v1_GetVerificationKeysResponse, GetVerificationKeysResponse__Output as _ecticket_account_v1_GetVerificationKeysResponse__Output } from '../../../ecticket/account/v1/GetVerificationKeysResponse';
import type { IsRedeemableStoreRequest as _ecticket_account_v1_IsRedeemableStoreRequest, IsRedeemableStoreRequest__Output as _ecticket_account_v1_IsRedeemableStoreRequest__Output } from '../../../ecticket/account/v1/IsRedeemableStoreRequest';
import type { IsRedeemableStoreResponse as _ecticket_account_v1_IsRedeemableStoreResponse, IsRedeemableStoreResponse__Output as _ecticket_account_v1_IsRedeemableStoreResponse__Output } from '../../../ecticket/account/v1/IsRedeemableStoreResponse';
import type { ListAuditLogRequest as _ecticket_account_v1_ListAuditLogRequest, ListAuditLogRequest__Output as _ecticket_account_v1_ListAuditLogRequest__Output } from '../../../ecticket/account/v1/ListAuditLogRequest';
import type { ListAuditLogResponse as _ecticket_account_v1_ListAuditLogResponse, ListAuditLogResponse__Output as _ecticket_account_v1_ListAuditLogResponse__Output } from '../../../ecticket/account/v1/ListAuditLogResponse';
import type { ListBranchesRequest as _ecticket_account_v1_ListBranchesRequest, ListBranchesRequest__Output as _ecticket_account_v1_ListBranchesRequest__Output } from '../../../ecticket/account/v1/ListBranchesRequest';
import type { ListBranchesResponse as _ecticket_account_v1_ListBranchesResponse, ListBranchesResponse__Output as _ecticket_account_v1_ListBranchesResponse__Output } from '../../../ecticket/account/v1/ListBranchesResponse';
import type { ListJointIssuersRequest as _ecticket_account_v1_ListJointIssuersRequest, ListJointIssuersRequest__Output as _ecticket_account_v1_ListJointIssuersRequest__Output } from '../../../ecticket/account/v1/ListJointIssuersRequest';
import type { ListJointIssuersResponse as _ecticket_account_v1_ListJointIssuersResponse, ListJointIssuersResponse__Output as _ecticket_account_v1_ListJointIssuersResponse__Output } from '../../../ecticket/account/v1/ListJointIssuersResponse';
import type { ListMerchantsRequest as _ecticket_account_v1_ListMerchantsRequest, ListMerchantsRequest__Output as _ecticket_account_v1_ListMerchantsRequest__Output } from '../../../ecticket/account/v1/ListMerchantsRequest';
import type { ListMerchantsResponse as _ecticket_account_v1_ListMerchantsResponse, ListMerchantsResponse__Output as _ecticket_account_v1_ListMerchantsResponse__Output } from '../../../ecticket/account/v1/ListMerchantsResponse';
import type { ListRedeemableStoresRequest as _ecticket_account_v1_ListRedeemableStoresRequest, ListRedeemableStoresRequest__Output as _ecticket_account_v1_ListRedeemableStoresRequest__Output } from '../../../ecticket/account/v1/ListRedeemableStoresRequest';
import type { ListRedeemableStoresResponse as _ecticket_account_v1_ListRedeemableStoresResponse, ListRedeemableStoresResponse__Output as _ecticket_account_v1_ListRedeemableStoresResponse__Output } from '../../../ecticket/account/v1/ListRedeemableStoresResponse';
import type { ListSubAccountsRequest as _ecticket_account_v1_ListSubAccountsRequest, ListSubAccountsRequest__Output as _ecticket_account_v1_ListSubAccountsRequest__Output } from '../../../ecticket/account/v1/ListSubAccountsRequest';
import type { ListSubAccountsResponse as _ecticket_account_v1_ListSubAccountsResponse, ListSubAccountsResponse__Output as _ecticket_account_v1_ListSubAccountsResponse__Output } from '../../../ecticket/account/v1/ListSubAccountsResponse';
import type { LoginRequest as _ecticket_account_v1_LoginRequest, LoginRequest__Output as _ecticket_account_v1_LoginRequest__Output } from '../../../ecticket/account/v1/LoginRequest';
import type { LoginResponse as _ecticket_account_v1_LoginResponse, LoginResponse__Output as _ecticket_account_v1_LoginResponse__Output } from '../../../ecticket/account/v1/LoginResponse';
import type { Merchant as _ecticket_account_v1_Merchant, Merchant__Output as _ecticket_account_v1_Merchant__Output } from '../../../ecticket/account/v1/Merchant';
import type { MerchantTerms as _ecticket_account_v1_MerchantTerms, MerchantTerms__Output as _ecticket_account_v1_MerchantTerms__Output } from '../../../ecticket/account/v1/MerchantTerms';
import type { Principal as _ecticket_account_v1_Principal, Principal__Output as _ecticket_account_v1_Principal__Output } from '../../../ecticket/account/v1/Principal';
import type { RedeemableStore as _ecticket_account_v1_RedeemableStore, RedeemableStore__Output as _ecticket_account_v1_RedeemableStore__Output } from '../../../ecticket/account/v1/RedeemableStore';
import type { ResolveBranchRequest as _ecticket_account_v1_ResolveBranchRequest, ResolveBranchRequest__Output as _ecticket_account_v1_ResolveBranchRequest__Output } from '../../../ecticket/account/v1/ResolveBranchRequest';
import type { ResolveOrderLookupRequest as _ecticket_account_v1_ResolveOrderLookupRequest, ResolveOrderLookupRequest__Output as _ecticket_account_v1_ResolveOrderLookupRequest__Output } from '../../../ecticket/account/v1/ResolveOrderLookupRequest';
import type { SetBranchStatusRequest as _ecticket_account_v1_SetBranchStatusRequest, SetBranchStatusRequest__Output as _ecticket_account_v1_SetBranchStatusRequest__Output } from '../../../ecticket/account/v1/SetBranchStatusRequest';
import type { SubAccount as _ecticket_account_v1_SubAccount, SubAccount__Output as _ecticket_account_v1_SubAccount__Output } from '../../../ecticket/account/v1/SubAccount';
import type { UnlinkRedeemableStoreRequest as _ecticket_account_v1_UnlinkRedeemableStoreRequest, UnlinkRedeemableStoreRequest__Output as _ecticket_account_v1_UnlinkRedeemableStoreRequest__Output } from '../../../ecticket/account/v1/UnlinkRedeemableStoreRequest';
import type { UpdateBranchRequest as _ecticket_account_v1_UpdateBranchRequest, UpdateBranchRequest__Output as _ecticket_account_v1_UpdateBranchRequest__Output } from '../../../ecticket/account/v1/UpdateBranchRequest';
import type { UpdateMerchantContractRequest as _ecticket_account_v1_UpdateMerchantContractRequest, UpdateMerchantContractRequest__Output as _ecticket_account_v1_UpdateMerchantContractRequest__Output } from '../../../ecticket/account/v1/UpdateMerchantContractRequest';
import type { UpdateMerchantSettingsRequest as _ecticket_account_v1_UpdateMerchantSettingsRequest, UpdateMerchantSettingsRequest__Output as _ecticket_account_v1_UpdateMerchantSettingsRequest__Output } from '../../../ecticket/account/v1/UpdateMerchantSettingsRequest';
import type { UpdateSubAccountPermissionsRequest as _ecticket_account_v1_UpdateSubAccountPermissionsRequest, UpdateSubAccountPermissionsRequest__Output as _ecticket_account_v1_UpdateSubAccountPermissionsRequest__Output } from '../../../ecticket/account/v1/UpdateSubAccountPermissionsRequest';

export interface AccountServiceClient extends grpc.Client {
  BindSubAccountToBranch(argument: _ecticket_account_v1_BindSubAccountToBranchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  BindSubAccountToBranch(argument: _ecticket_account_v1_BindSubAccountToBranchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  BindSubAccountToBranch(argument: _ecticket_account_v1_BindSubAccountToBranchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  BindSubAccountToBranch(argument: _ecticket_account_v1_BindSubAccountToBranchRequest, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  bindSubAccountToBranch(argument: _ecticket_account_v1_BindSubAccountToBranchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  bindSubAccountToBranch(argument: _ecticket_account_v1_BindSubAccountToBranchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  bindSubAccountToBranch(argument: _ecticket_account_v1_BindSubAccountToBranchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  bindSubAccountToBranch(argument: _ecticket_account_v1_BindSubAccountToBranchRequest, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  
  ChangeSubAccountPassword(argument: _ecticket_account_v1_ChangeSubAccountPasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  ChangeSubAccountPassword(argument: _ecticket_account_v1_ChangeSubAccountPasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  ChangeSubAccountPassword(argument: _ecticket_account_v1_ChangeSubAccountPasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  ChangeSubAccountPassword(argument: _ecticket_account_v1_ChangeSubAccountPasswordRequest, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  changeSubAccountPassword(argument: _ecticket_account_v1_ChangeSubAccountPasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  changeSubAccountPassword(argument: _ecticket_account_v1_ChangeSubAccountPasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  changeSubAccountPassword(argument: _ecticket_account_v1_ChangeSubAccountPasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  changeSubAccountPassword(argument: _ecticket_account_v1_ChangeSubAccountPasswordRequest, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  
  /**
   * Checks other services make for the person behind a request.
   */
  CheckPrincipal(argument: _ecticket_account_v1_CheckPrincipalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Principal__Output>): grpc.ClientUnaryCall;
  CheckPrincipal(argument: _ecticket_account_v1_CheckPrincipalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_Principal__Output>): grpc.ClientUnaryCall;
  CheckPrincipal(argument: _ecticket_account_v1_CheckPrincipalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Principal__Output>): grpc.ClientUnaryCall;
  CheckPrincipal(argument: _ecticket_account_v1_CheckPrincipalRequest, callback: grpc.requestCallback<_ecticket_account_v1_Principal__Output>): grpc.ClientUnaryCall;
  /**
   * Checks other services make for the person behind a request.
   */
  checkPrincipal(argument: _ecticket_account_v1_CheckPrincipalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Principal__Output>): grpc.ClientUnaryCall;
  checkPrincipal(argument: _ecticket_account_v1_CheckPrincipalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_Principal__Output>): grpc.ClientUnaryCall;
  checkPrincipal(argument: _ecticket_account_v1_CheckPrincipalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Principal__Output>): grpc.ClientUnaryCall;
  checkPrincipal(argument: _ecticket_account_v1_CheckPrincipalRequest, callback: grpc.requestCallback<_ecticket_account_v1_Principal__Output>): grpc.ClientUnaryCall;
  
  /**
   * Branches (R20, R23, R24).
   */
  CreateBranch(argument: _ecticket_account_v1_CreateBranchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  CreateBranch(argument: _ecticket_account_v1_CreateBranchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  CreateBranch(argument: _ecticket_account_v1_CreateBranchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  CreateBranch(argument: _ecticket_account_v1_CreateBranchRequest, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  /**
   * Branches (R20, R23, R24).
   */
  createBranch(argument: _ecticket_account_v1_CreateBranchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  createBranch(argument: _ecticket_account_v1_CreateBranchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  createBranch(argument: _ecticket_account_v1_CreateBranchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  createBranch(argument: _ecticket_account_v1_CreateBranchRequest, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  
  /**
   * Merchants (created and contracted by platform operators).
   */
  CreateMerchant(argument: _ecticket_account_v1_CreateMerchantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  CreateMerchant(argument: _ecticket_account_v1_CreateMerchantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  CreateMerchant(argument: _ecticket_account_v1_CreateMerchantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  CreateMerchant(argument: _ecticket_account_v1_CreateMerchantRequest, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  /**
   * Merchants (created and contracted by platform operators).
   */
  createMerchant(argument: _ecticket_account_v1_CreateMerchantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  createMerchant(argument: _ecticket_account_v1_CreateMerchantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  createMerchant(argument: _ecticket_account_v1_CreateMerchantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  createMerchant(argument: _ecticket_account_v1_CreateMerchantRequest, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  
  /**
   * Joint tickets (R18, R19).
   */
  CreateRedeemableStore(argument: _ecticket_account_v1_CreateRedeemableStoreRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_RedeemableStore__Output>): grpc.ClientUnaryCall;
  CreateRedeemableStore(argument: _ecticket_account_v1_CreateRedeemableStoreRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_RedeemableStore__Output>): grpc.ClientUnaryCall;
  CreateRedeemableStore(argument: _ecticket_account_v1_CreateRedeemableStoreRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_RedeemableStore__Output>): grpc.ClientUnaryCall;
  CreateRedeemableStore(argument: _ecticket_account_v1_CreateRedeemableStoreRequest, callback: grpc.requestCallback<_ecticket_account_v1_RedeemableStore__Output>): grpc.ClientUnaryCall;
  /**
   * Joint tickets (R18, R19).
   */
  createRedeemableStore(argument: _ecticket_account_v1_CreateRedeemableStoreRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_RedeemableStore__Output>): grpc.ClientUnaryCall;
  createRedeemableStore(argument: _ecticket_account_v1_CreateRedeemableStoreRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_RedeemableStore__Output>): grpc.ClientUnaryCall;
  createRedeemableStore(argument: _ecticket_account_v1_CreateRedeemableStoreRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_RedeemableStore__Output>): grpc.ClientUnaryCall;
  createRedeemableStore(argument: _ecticket_account_v1_CreateRedeemableStoreRequest, callback: grpc.requestCallback<_ecticket_account_v1_RedeemableStore__Output>): grpc.ClientUnaryCall;
  
  /**
   * Sub-accounts (R12–R14, R20, R24).
   */
  CreateSubAccount(argument: _ecticket_account_v1_CreateSubAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  CreateSubAccount(argument: _ecticket_account_v1_CreateSubAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  CreateSubAccount(argument: _ecticket_account_v1_CreateSubAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  CreateSubAccount(argument: _ecticket_account_v1_CreateSubAccountRequest, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  /**
   * Sub-accounts (R12–R14, R20, R24).
   */
  createSubAccount(argument: _ecticket_account_v1_CreateSubAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  createSubAccount(argument: _ecticket_account_v1_CreateSubAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  createSubAccount(argument: _ecticket_account_v1_CreateSubAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  createSubAccount(argument: _ecticket_account_v1_CreateSubAccountRequest, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  
  DeleteSubAccount(argument: _ecticket_account_v1_DeleteSubAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  DeleteSubAccount(argument: _ecticket_account_v1_DeleteSubAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  DeleteSubAccount(argument: _ecticket_account_v1_DeleteSubAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  DeleteSubAccount(argument: _ecticket_account_v1_DeleteSubAccountRequest, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  deleteSubAccount(argument: _ecticket_account_v1_DeleteSubAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  deleteSubAccount(argument: _ecticket_account_v1_DeleteSubAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  deleteSubAccount(argument: _ecticket_account_v1_DeleteSubAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  deleteSubAccount(argument: _ecticket_account_v1_DeleteSubAccountRequest, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  
  DisableBranch(argument: _ecticket_account_v1_SetBranchStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  DisableBranch(argument: _ecticket_account_v1_SetBranchStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  DisableBranch(argument: _ecticket_account_v1_SetBranchStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  DisableBranch(argument: _ecticket_account_v1_SetBranchStatusRequest, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  disableBranch(argument: _ecticket_account_v1_SetBranchStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  disableBranch(argument: _ecticket_account_v1_SetBranchStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  disableBranch(argument: _ecticket_account_v1_SetBranchStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  disableBranch(argument: _ecticket_account_v1_SetBranchStatusRequest, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  
  EnableBranch(argument: _ecticket_account_v1_SetBranchStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  EnableBranch(argument: _ecticket_account_v1_SetBranchStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  EnableBranch(argument: _ecticket_account_v1_SetBranchStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  EnableBranch(argument: _ecticket_account_v1_SetBranchStatusRequest, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  enableBranch(argument: _ecticket_account_v1_SetBranchStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  enableBranch(argument: _ecticket_account_v1_SetBranchStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  enableBranch(argument: _ecticket_account_v1_SetBranchStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  enableBranch(argument: _ecticket_account_v1_SetBranchStatusRequest, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  
  GetBranch(argument: _ecticket_account_v1_GetBranchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  GetBranch(argument: _ecticket_account_v1_GetBranchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  GetBranch(argument: _ecticket_account_v1_GetBranchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  GetBranch(argument: _ecticket_account_v1_GetBranchRequest, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  getBranch(argument: _ecticket_account_v1_GetBranchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  getBranch(argument: _ecticket_account_v1_GetBranchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  getBranch(argument: _ecticket_account_v1_GetBranchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  getBranch(argument: _ecticket_account_v1_GetBranchRequest, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  
  GetMerchant(argument: _ecticket_account_v1_GetMerchantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  GetMerchant(argument: _ecticket_account_v1_GetMerchantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  GetMerchant(argument: _ecticket_account_v1_GetMerchantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  GetMerchant(argument: _ecticket_account_v1_GetMerchantRequest, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  getMerchant(argument: _ecticket_account_v1_GetMerchantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  getMerchant(argument: _ecticket_account_v1_GetMerchantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  getMerchant(argument: _ecticket_account_v1_GetMerchantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  getMerchant(argument: _ecticket_account_v1_GetMerchantRequest, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  
  GetMerchantTerms(argument: _ecticket_account_v1_GetMerchantTermsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_MerchantTerms__Output>): grpc.ClientUnaryCall;
  GetMerchantTerms(argument: _ecticket_account_v1_GetMerchantTermsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_MerchantTerms__Output>): grpc.ClientUnaryCall;
  GetMerchantTerms(argument: _ecticket_account_v1_GetMerchantTermsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_MerchantTerms__Output>): grpc.ClientUnaryCall;
  GetMerchantTerms(argument: _ecticket_account_v1_GetMerchantTermsRequest, callback: grpc.requestCallback<_ecticket_account_v1_MerchantTerms__Output>): grpc.ClientUnaryCall;
  getMerchantTerms(argument: _ecticket_account_v1_GetMerchantTermsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_MerchantTerms__Output>): grpc.ClientUnaryCall;
  getMerchantTerms(argument: _ecticket_account_v1_GetMerchantTermsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_MerchantTerms__Output>): grpc.ClientUnaryCall;
  getMerchantTerms(argument: _ecticket_account_v1_GetMerchantTermsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_MerchantTerms__Output>): grpc.ClientUnaryCall;
  getMerchantTerms(argument: _ecticket_account_v1_GetMerchantTermsRequest, callback: grpc.requestCallback<_ecticket_account_v1_MerchantTerms__Output>): grpc.ClientUnaryCall;
  
  GetSubAccount(argument: _ecticket_account_v1_GetSubAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  GetSubAccount(argument: _ecticket_account_v1_GetSubAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  GetSubAccount(argument: _ecticket_account_v1_GetSubAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  GetSubAccount(argument: _ecticket_account_v1_GetSubAccountRequest, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  getSubAccount(argument: _ecticket_account_v1_GetSubAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  getSubAccount(argument: _ecticket_account_v1_GetSubAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  getSubAccount(argument: _ecticket_account_v1_GetSubAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  getSubAccount(argument: _ecticket_account_v1_GetSubAccountRequest, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  
  GetVerificationKeys(argument: _ecticket_account_v1_GetVerificationKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_GetVerificationKeysResponse__Output>): grpc.ClientUnaryCall;
  GetVerificationKeys(argument: _ecticket_account_v1_GetVerificationKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_GetVerificationKeysResponse__Output>): grpc.ClientUnaryCall;
  GetVerificationKeys(argument: _ecticket_account_v1_GetVerificationKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_GetVerificationKeysResponse__Output>): grpc.ClientUnaryCall;
  GetVerificationKeys(argument: _ecticket_account_v1_GetVerificationKeysRequest, callback: grpc.requestCallback<_ecticket_account_v1_GetVerificationKeysResponse__Output>): grpc.ClientUnaryCall;
  getVerificationKeys(argument: _ecticket_account_v1_GetVerificationKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_GetVerificationKeysResponse__Output>): grpc.ClientUnaryCall;
  getVerificationKeys(argument: _ecticket_account_v1_GetVerificationKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_GetVerificationKeysResponse__Output>): grpc.ClientUnaryCall;
  getVerificationKeys(argument: _ecticket_account_v1_GetVerificationKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_GetVerificationKeysResponse__Output>): grpc.ClientUnaryCall;
  getVerificationKeys(argument: _ecticket_account_v1_GetVerificationKeysRequest, callback: grpc.requestCallback<_ecticket_account_v1_GetVerificationKeysResponse__Output>): grpc.ClientUnaryCall;
  
  IsRedeemableStore(argument: _ecticket_account_v1_IsRedeemableStoreRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_IsRedeemableStoreResponse__Output>): grpc.ClientUnaryCall;
  IsRedeemableStore(argument: _ecticket_account_v1_IsRedeemableStoreRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_IsRedeemableStoreResponse__Output>): grpc.ClientUnaryCall;
  IsRedeemableStore(argument: _ecticket_account_v1_IsRedeemableStoreRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_IsRedeemableStoreResponse__Output>): grpc.ClientUnaryCall;
  IsRedeemableStore(argument: _ecticket_account_v1_IsRedeemableStoreRequest, callback: grpc.requestCallback<_ecticket_account_v1_IsRedeemableStoreResponse__Output>): grpc.ClientUnaryCall;
  isRedeemableStore(argument: _ecticket_account_v1_IsRedeemableStoreRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_IsRedeemableStoreResponse__Output>): grpc.ClientUnaryCall;
  isRedeemableStore(argument: _ecticket_account_v1_IsRedeemableStoreRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_IsRedeemableStoreResponse__Output>): grpc.ClientUnaryCall;
  isRedeemableStore(argument: _ecticket_account_v1_IsRedeemableStoreRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_IsRedeemableStoreResponse__Output>): grpc.ClientUnaryCall;
  isRedeemableStore(argument: _ecticket_account_v1_IsRedeemableStoreRequest, callback: grpc.requestCallback<_ecticket_account_v1_IsRedeemableStoreResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Audit log of every change.
   */
  ListAuditLog(argument: _ecticket_account_v1_ListAuditLogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_ListAuditLogResponse__Output>): grpc.ClientUnaryCall;
  ListAuditLog(argument: _ecticket_account_v1_ListAuditLogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_ListAuditLogResponse__Output>): grpc.ClientUnaryCall;
  ListAuditLog(argument: _ecticket_account_v1_ListAuditLogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_ListAuditLogResponse__Output>): grpc.ClientUnaryCall;
  ListAuditLog(argument: _ecticket_account_v1_ListAuditLogRequest, callback: grpc.requestCallback<_ecticket_account_v1_ListAuditLogResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Audit log of every change.
   */
  listAuditLog(argument: _ecticket_account_v1_ListAuditLogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_ListAuditLogResponse__Output>): grpc.ClientUnaryCall;
  listAuditLog(argument: _ecticket_account_v1_ListAuditLogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_ListAuditLogResponse__Output>): grpc.ClientUnaryCall;
  listAuditLog(argument: _ecticket_account_v1_ListAuditLogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_ListAuditLogResponse__Output>): grpc.ClientUnaryCall;
  listAuditLog(argument: _ecticket_account_v1_ListAuditLogRequest, callback: grpc.requestCallback<_ecticket_account_v1_ListAuditLogResponse__Output>): grpc.ClientUnaryCall;
  
  ListBranches(argument: _ecticket_account_v1_ListBranchesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_ListBranchesResponse__Output>): grpc.ClientUnaryCall;
  ListBranches(argument: _ecticket_account_v1_ListBranchesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_ListBranchesResponse__Output>): grpc.ClientUnaryCall;
  ListBranches(argument: _ecticket_account_v1_ListBranchesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_ListBranchesResponse__Output>): grpc.ClientUnaryCall;
  ListBranches(argument: _ecticket_account_v1_ListBranchesRequest, callback: grpc.requestCallback<_ecticket_account_v1_ListBranchesResponse__Output>): grpc.ClientUnaryCall;
  listBranches(argument: _ecticket_account_v1_ListBranchesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_ListBranchesResponse__Output>): grpc.ClientUnaryCall;
  listBranches(argument: _ecticket_account_v1_ListBranchesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_ListBranchesResponse__Output>): grpc.ClientUnaryCall;
  listBranches(argument: _ecticket_account_v1_ListBranchesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_ListBranchesResponse__Output>): grpc.ClientUnaryCall;
  listBranches(argument: _ecticket_account_v1_ListBranchesRequest, callback: grpc.requestCallback<_ecticket_account_v1_ListBranchesResponse__Output>): grpc.ClientUnaryCall;
  
  ListJointIssuers(argument: _ecticket_account_v1_ListJointIssuersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_ListJointIssuersResponse__Output>): grpc.ClientUnaryCall;
  ListJointIssuers(argument: _ecticket_account_v1_ListJointIssuersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_ListJointIssuersResponse__Output>): grpc.ClientUnaryCall;
  ListJointIssuers(argument: _ecticket_account_v1_ListJointIssuersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_ListJointIssuersResponse__Output>): grpc.ClientUnaryCall;
  ListJointIssuers(argument: _ecticket_account_v1_ListJointIssuersRequest, callback: grpc.requestCallback<_ecticket_account_v1_ListJointIssuersResponse__Output>): grpc.ClientUnaryCall;
  listJointIssuers(argument: _ecticket_account_v1_ListJointIssuersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_ListJointIssuersResponse__Output>): grpc.ClientUnaryCall;
  listJointIssuers(argument: _ecticket_account_v1_ListJointIssuersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_ListJointIssuersResponse__Output>): grpc.ClientUnaryCall;
  listJointIssuers(argument: _ecticket_account_v1_ListJointIssuersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_ListJointIssuersResponse__Output>): grpc.ClientUnaryCall;
  listJointIssuers(argument: _ecticket_account_v1_ListJointIssuersRequest, callback: grpc.requestCallback<_ecticket_account_v1_ListJointIssuersResponse__Output>): grpc.ClientUnaryCall;
  
  ListMerchants(argument: _ecticket_account_v1_ListMerchantsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_ListMerchantsResponse__Output>): grpc.ClientUnaryCall;
  ListMerchants(argument: _ecticket_account_v1_ListMerchantsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_ListMerchantsResponse__Output>): grpc.ClientUnaryCall;
  ListMerchants(argument: _ecticket_account_v1_ListMerchantsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_ListMerchantsResponse__Output>): grpc.ClientUnaryCall;
  ListMerchants(argument: _ecticket_account_v1_ListMerchantsRequest, callback: grpc.requestCallback<_ecticket_account_v1_ListMerchantsResponse__Output>): grpc.ClientUnaryCall;
  listMerchants(argument: _ecticket_account_v1_ListMerchantsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_ListMerchantsResponse__Output>): grpc.ClientUnaryCall;
  listMerchants(argument: _ecticket_account_v1_ListMerchantsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_ListMerchantsResponse__Output>): grpc.ClientUnaryCall;
  listMerchants(argument: _ecticket_account_v1_ListMerchantsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_ListMerchantsResponse__Output>): grpc.ClientUnaryCall;
  listMerchants(argument: _ecticket_account_v1_ListMerchantsRequest, callback: grpc.requestCallback<_ecticket_account_v1_ListMerchantsResponse__Output>): grpc.ClientUnaryCall;
  
  ListRedeemableStores(argument: _ecticket_account_v1_ListRedeemableStoresRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_ListRedeemableStoresResponse__Output>): grpc.ClientUnaryCall;
  ListRedeemableStores(argument: _ecticket_account_v1_ListRedeemableStoresRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_ListRedeemableStoresResponse__Output>): grpc.ClientUnaryCall;
  ListRedeemableStores(argument: _ecticket_account_v1_ListRedeemableStoresRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_ListRedeemableStoresResponse__Output>): grpc.ClientUnaryCall;
  ListRedeemableStores(argument: _ecticket_account_v1_ListRedeemableStoresRequest, callback: grpc.requestCallback<_ecticket_account_v1_ListRedeemableStoresResponse__Output>): grpc.ClientUnaryCall;
  listRedeemableStores(argument: _ecticket_account_v1_ListRedeemableStoresRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_ListRedeemableStoresResponse__Output>): grpc.ClientUnaryCall;
  listRedeemableStores(argument: _ecticket_account_v1_ListRedeemableStoresRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_ListRedeemableStoresResponse__Output>): grpc.ClientUnaryCall;
  listRedeemableStores(argument: _ecticket_account_v1_ListRedeemableStoresRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_ListRedeemableStoresResponse__Output>): grpc.ClientUnaryCall;
  listRedeemableStores(argument: _ecticket_account_v1_ListRedeemableStoresRequest, callback: grpc.requestCallback<_ecticket_account_v1_ListRedeemableStoresResponse__Output>): grpc.ClientUnaryCall;
  
  ListSubAccounts(argument: _ecticket_account_v1_ListSubAccountsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_ListSubAccountsResponse__Output>): grpc.ClientUnaryCall;
  ListSubAccounts(argument: _ecticket_account_v1_ListSubAccountsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_ListSubAccountsResponse__Output>): grpc.ClientUnaryCall;
  ListSubAccounts(argument: _ecticket_account_v1_ListSubAccountsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_ListSubAccountsResponse__Output>): grpc.ClientUnaryCall;
  ListSubAccounts(argument: _ecticket_account_v1_ListSubAccountsRequest, callback: grpc.requestCallback<_ecticket_account_v1_ListSubAccountsResponse__Output>): grpc.ClientUnaryCall;
  listSubAccounts(argument: _ecticket_account_v1_ListSubAccountsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_ListSubAccountsResponse__Output>): grpc.ClientUnaryCall;
  listSubAccounts(argument: _ecticket_account_v1_ListSubAccountsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_ListSubAccountsResponse__Output>): grpc.ClientUnaryCall;
  listSubAccounts(argument: _ecticket_account_v1_ListSubAccountsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_ListSubAccountsResponse__Output>): grpc.ClientUnaryCall;
  listSubAccounts(argument: _ecticket_account_v1_ListSubAccountsRequest, callback: grpc.requestCallback<_ecticket_account_v1_ListSubAccountsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Sessions and the keys that verify access tokens.
   */
  Login(argument: _ecticket_account_v1_LoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  Login(argument: _ecticket_account_v1_LoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  Login(argument: _ecticket_account_v1_LoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  Login(argument: _ecticket_account_v1_LoginRequest, callback: grpc.requestCallback<_ecticket_account_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Sessions and the keys that verify access tokens.
   */
  login(argument: _ecticket_account_v1_LoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _ecticket_account_v1_LoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _ecticket_account_v1_LoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _ecticket_account_v1_LoginRequest, callback: grpc.requestCallback<_ecticket_account_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  
  ResolveBranch(argument: _ecticket_account_v1_ResolveBranchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  ResolveBranch(argument: _ecticket_account_v1_ResolveBranchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  ResolveBranch(argument: _ecticket_account_v1_ResolveBranchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  ResolveBranch(argument: _ecticket_account_v1_ResolveBranchRequest, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  resolveBranch(argument: _ecticket_account_v1_ResolveBranchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  resolveBranch(argument: _ecticket_account_v1_ResolveBranchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  resolveBranch(argument: _ecticket_account_v1_ResolveBranchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  resolveBranch(argument: _ecticket_account_v1_ResolveBranchRequest, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  
  /**
   * R15: the merchant whose buyers' order lookup link carries this token. ORDER_LOOKUP_NOT_FOUND.
   */
  ResolveOrderLookup(argument: _ecticket_account_v1_ResolveOrderLookupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_MerchantTerms__Output>): grpc.ClientUnaryCall;
  ResolveOrderLookup(argument: _ecticket_account_v1_ResolveOrderLookupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_MerchantTerms__Output>): grpc.ClientUnaryCall;
  ResolveOrderLookup(argument: _ecticket_account_v1_ResolveOrderLookupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_MerchantTerms__Output>): grpc.ClientUnaryCall;
  ResolveOrderLookup(argument: _ecticket_account_v1_ResolveOrderLookupRequest, callback: grpc.requestCallback<_ecticket_account_v1_MerchantTerms__Output>): grpc.ClientUnaryCall;
  /**
   * R15: the merchant whose buyers' order lookup link carries this token. ORDER_LOOKUP_NOT_FOUND.
   */
  resolveOrderLookup(argument: _ecticket_account_v1_ResolveOrderLookupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_MerchantTerms__Output>): grpc.ClientUnaryCall;
  resolveOrderLookup(argument: _ecticket_account_v1_ResolveOrderLookupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_MerchantTerms__Output>): grpc.ClientUnaryCall;
  resolveOrderLookup(argument: _ecticket_account_v1_ResolveOrderLookupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_MerchantTerms__Output>): grpc.ClientUnaryCall;
  resolveOrderLookup(argument: _ecticket_account_v1_ResolveOrderLookupRequest, callback: grpc.requestCallback<_ecticket_account_v1_MerchantTerms__Output>): grpc.ClientUnaryCall;
  
  UnlinkRedeemableStore(argument: _ecticket_account_v1_UnlinkRedeemableStoreRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_RedeemableStore__Output>): grpc.ClientUnaryCall;
  UnlinkRedeemableStore(argument: _ecticket_account_v1_UnlinkRedeemableStoreRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_RedeemableStore__Output>): grpc.ClientUnaryCall;
  UnlinkRedeemableStore(argument: _ecticket_account_v1_UnlinkRedeemableStoreRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_RedeemableStore__Output>): grpc.ClientUnaryCall;
  UnlinkRedeemableStore(argument: _ecticket_account_v1_UnlinkRedeemableStoreRequest, callback: grpc.requestCallback<_ecticket_account_v1_RedeemableStore__Output>): grpc.ClientUnaryCall;
  unlinkRedeemableStore(argument: _ecticket_account_v1_UnlinkRedeemableStoreRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_RedeemableStore__Output>): grpc.ClientUnaryCall;
  unlinkRedeemableStore(argument: _ecticket_account_v1_UnlinkRedeemableStoreRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_RedeemableStore__Output>): grpc.ClientUnaryCall;
  unlinkRedeemableStore(argument: _ecticket_account_v1_UnlinkRedeemableStoreRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_RedeemableStore__Output>): grpc.ClientUnaryCall;
  unlinkRedeemableStore(argument: _ecticket_account_v1_UnlinkRedeemableStoreRequest, callback: grpc.requestCallback<_ecticket_account_v1_RedeemableStore__Output>): grpc.ClientUnaryCall;
  
  UpdateBranch(argument: _ecticket_account_v1_UpdateBranchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  UpdateBranch(argument: _ecticket_account_v1_UpdateBranchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  UpdateBranch(argument: _ecticket_account_v1_UpdateBranchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  UpdateBranch(argument: _ecticket_account_v1_UpdateBranchRequest, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  updateBranch(argument: _ecticket_account_v1_UpdateBranchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  updateBranch(argument: _ecticket_account_v1_UpdateBranchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  updateBranch(argument: _ecticket_account_v1_UpdateBranchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  updateBranch(argument: _ecticket_account_v1_UpdateBranchRequest, callback: grpc.requestCallback<_ecticket_account_v1_Branch__Output>): grpc.ClientUnaryCall;
  
  UpdateMerchantContract(argument: _ecticket_account_v1_UpdateMerchantContractRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  UpdateMerchantContract(argument: _ecticket_account_v1_UpdateMerchantContractRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  UpdateMerchantContract(argument: _ecticket_account_v1_UpdateMerchantContractRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  UpdateMerchantContract(argument: _ecticket_account_v1_UpdateMerchantContractRequest, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  updateMerchantContract(argument: _ecticket_account_v1_UpdateMerchantContractRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  updateMerchantContract(argument: _ecticket_account_v1_UpdateMerchantContractRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  updateMerchantContract(argument: _ecticket_account_v1_UpdateMerchantContractRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  updateMerchantContract(argument: _ecticket_account_v1_UpdateMerchantContractRequest, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  
  UpdateMerchantSettings(argument: _ecticket_account_v1_UpdateMerchantSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  UpdateMerchantSettings(argument: _ecticket_account_v1_UpdateMerchantSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  UpdateMerchantSettings(argument: _ecticket_account_v1_UpdateMerchantSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  UpdateMerchantSettings(argument: _ecticket_account_v1_UpdateMerchantSettingsRequest, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  updateMerchantSettings(argument: _ecticket_account_v1_UpdateMerchantSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  updateMerchantSettings(argument: _ecticket_account_v1_UpdateMerchantSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  updateMerchantSettings(argument: _ecticket_account_v1_UpdateMerchantSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  updateMerchantSettings(argument: _ecticket_account_v1_UpdateMerchantSettingsRequest, callback: grpc.requestCallback<_ecticket_account_v1_Merchant__Output>): grpc.ClientUnaryCall;
  
  UpdateSubAccountPermissions(argument: _ecticket_account_v1_UpdateSubAccountPermissionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  UpdateSubAccountPermissions(argument: _ecticket_account_v1_UpdateSubAccountPermissionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  UpdateSubAccountPermissions(argument: _ecticket_account_v1_UpdateSubAccountPermissionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  UpdateSubAccountPermissions(argument: _ecticket_account_v1_UpdateSubAccountPermissionsRequest, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  updateSubAccountPermissions(argument: _ecticket_account_v1_UpdateSubAccountPermissionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  updateSubAccountPermissions(argument: _ecticket_account_v1_UpdateSubAccountPermissionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  updateSubAccountPermissions(argument: _ecticket_account_v1_UpdateSubAccountPermissionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  updateSubAccountPermissions(argument: _ecticket_account_v1_UpdateSubAccountPermissionsRequest, callback: grpc.requestCallback<_ecticket_account_v1_SubAccount__Output>): grpc.ClientUnaryCall;
  
}

export interface AccountServiceHandlers extends grpc.UntypedServiceImplementation {
  BindSubAccountToBranch: grpc.handleUnaryCall<_ecticket_account_v1_BindSubAccountToBranchRequest__Output, _ecticket_account_v1_SubAccount>;
  
  ChangeSubAccountPassword: grpc.handleUnaryCall<_ecticket_account_v1_ChangeSubAccountPasswordRequest__Output, _ecticket_account_v1_SubAccount>;
  
  /**
   * Checks other services make for the person behind a request.
   */
  CheckPrincipal: grpc.handleUnaryCall<_ecticket_account_v1_CheckPrincipalRequest__Output, _ecticket_account_v1_Principal>;
  
  /**
   * Branches (R20, R23, R24).
   */
  CreateBranch: grpc.handleUnaryCall<_ecticket_account_v1_CreateBranchRequest__Output, _ecticket_account_v1_Branch>;
  
  /**
   * Merchants (created and contracted by platform operators).
   */
  CreateMerchant: grpc.handleUnaryCall<_ecticket_account_v1_CreateMerchantRequest__Output, _ecticket_account_v1_Merchant>;
  
  /**
   * Joint tickets (R18, R19).
   */
  CreateRedeemableStore: grpc.handleUnaryCall<_ecticket_account_v1_CreateRedeemableStoreRequest__Output, _ecticket_account_v1_RedeemableStore>;
  
  /**
   * Sub-accounts (R12–R14, R20, R24).
   */
  CreateSubAccount: grpc.handleUnaryCall<_ecticket_account_v1_CreateSubAccountRequest__Output, _ecticket_account_v1_SubAccount>;
  
  DeleteSubAccount: grpc.handleUnaryCall<_ecticket_account_v1_DeleteSubAccountRequest__Output, _ecticket_account_v1_SubAccount>;
  
  DisableBranch: grpc.handleUnaryCall<_ecticket_account_v1_SetBranchStatusRequest__Output, _ecticket_account_v1_Branch>;
  
  EnableBranch: grpc.handleUnaryCall<_ecticket_account_v1_SetBranchStatusRequest__Output, _ecticket_account_v1_Branch>;
  
  GetBranch: grpc.handleUnaryCall<_ecticket_account_v1_GetBranchRequest__Output, _ecticket_account_v1_Branch>;
  
  GetMerchant: grpc.handleUnaryCall<_ecticket_account_v1_GetMerchantRequest__Output, _ecticket_account_v1_Merchant>;
  
  GetMerchantTerms: grpc.handleUnaryCall<_ecticket_account_v1_GetMerchantTermsRequest__Output, _ecticket_account_v1_MerchantTerms>;
  
  GetSubAccount: grpc.handleUnaryCall<_ecticket_account_v1_GetSubAccountRequest__Output, _ecticket_account_v1_SubAccount>;
  
  GetVerificationKeys: grpc.handleUnaryCall<_ecticket_account_v1_GetVerificationKeysRequest__Output, _ecticket_account_v1_GetVerificationKeysResponse>;
  
  IsRedeemableStore: grpc.handleUnaryCall<_ecticket_account_v1_IsRedeemableStoreRequest__Output, _ecticket_account_v1_IsRedeemableStoreResponse>;
  
  /**
   * Audit log of every change.
   */
  ListAuditLog: grpc.handleUnaryCall<_ecticket_account_v1_ListAuditLogRequest__Output, _ecticket_account_v1_ListAuditLogResponse>;
  
  ListBranches: grpc.handleUnaryCall<_ecticket_account_v1_ListBranchesRequest__Output, _ecticket_account_v1_ListBranchesResponse>;
  
  ListJointIssuers: grpc.handleUnaryCall<_ecticket_account_v1_ListJointIssuersRequest__Output, _ecticket_account_v1_ListJointIssuersResponse>;
  
  ListMerchants: grpc.handleUnaryCall<_ecticket_account_v1_ListMerchantsRequest__Output, _ecticket_account_v1_ListMerchantsResponse>;
  
  ListRedeemableStores: grpc.handleUnaryCall<_ecticket_account_v1_ListRedeemableStoresRequest__Output, _ecticket_account_v1_ListRedeemableStoresResponse>;
  
  ListSubAccounts: grpc.handleUnaryCall<_ecticket_account_v1_ListSubAccountsRequest__Output, _ecticket_account_v1_ListSubAccountsResponse>;
  
  /**
   * Sessions and the keys that verify access tokens.
   */
  Login: grpc.handleUnaryCall<_ecticket_account_v1_LoginRequest__Output, _ecticket_account_v1_LoginResponse>;
  
  ResolveBranch: grpc.handleUnaryCall<_ecticket_account_v1_ResolveBranchRequest__Output, _ecticket_account_v1_Branch>;
  
  /**
   * R15: the merchant whose buyers' order lookup link carries this token. ORDER_LOOKUP_NOT_FOUND.
   */
  ResolveOrderLookup: grpc.handleUnaryCall<_ecticket_account_v1_ResolveOrderLookupRequest__Output, _ecticket_account_v1_MerchantTerms>;
  
  UnlinkRedeemableStore: grpc.handleUnaryCall<_ecticket_account_v1_UnlinkRedeemableStoreRequest__Output, _ecticket_account_v1_RedeemableStore>;
  
  UpdateBranch: grpc.handleUnaryCall<_ecticket_account_v1_UpdateBranchRequest__Output, _ecticket_account_v1_Branch>;
  
  UpdateMerchantContract: grpc.handleUnaryCall<_ecticket_account_v1_UpdateMerchantContractRequest__Output, _ecticket_account_v1_Merchant>;
  
  UpdateMerchantSettings: grpc.handleUnaryCall<_ecticket_account_v1_UpdateMerchantSettingsRequest__Output, _ecticket_account_v1_Merchant>;
  
  UpdateSubAccountPermissions: grpc.handleUnaryCall<_ecticket_account_v1_UpdateSubAccountPermissionsRequest__Output, _ecticket_account_v1_SubAccount>;
  
}

export interface AccountServiceDefinition extends grpc.ServiceDefinition {
  BindSubAccountToBranch: MethodDefinition<_ecticket_account_v1_BindSubAccountToBranchRequest, _ecticket_account_v1_SubAccount, _ecticket_account_v1_BindSubAccountToBranchRequest__Output, _ecticket_account_v1_SubAccount__Output>
  ChangeSubAccountPassword: MethodDefinition<_ecticket_account_v1_ChangeSubAccountPasswordRequest, _ecticket_account_v1_SubAccount, _ecticket_account_v1_ChangeSubAccountPasswordRequest__Output, _ecticket_account_v1_SubAccount__Output>
  CheckPrincipal: MethodDefinition<_ecticket_account_v1_CheckPrincipalRequest, _ecticket_account_v1_Principal, _ecticket_account_v1_CheckPrincipalRequest__Output, _ecticket_account_v1_Principal__Output>
  CreateBranch: MethodDefinition<_ecticket_account_v1_CreateBranchRequest, _ecticket_account_v1_Branch, _ecticket_account_v1_CreateBranchRequest__Output, _ecticket_account_v1_Branch__Output>
  CreateMerchant: MethodDefinition<_ecticket_account_v1_CreateMerchantRequest, _ecticket_account_v1_Merchant, _ecticket_account_v1_CreateMerchantRequest__Output, _ecticket_account_v1_Merchant__Output>
  CreateRedeemableStore: MethodDefinition<_ecticket_account_v1_CreateRedeemableStoreRequest, _ecticket_account_v1_RedeemableStore, _ecticket_account_v1_CreateRedeemableStoreRequest__Output, _ecticket_account_v1_RedeemableStore__Output>
  CreateSubAccount: MethodDefinition<_ecticket_account_v1_CreateSubAccountRequest, _ecticket_account_v1_SubAccount, _ecticket_account_v1_CreateSubAccountRequest__Output, _ecticket_account_v1_SubAccount__Output>
  DeleteSubAccount: MethodDefinition<_ecticket_account_v1_DeleteSubAccountRequest, _ecticket_account_v1_SubAccount, _ecticket_account_v1_DeleteSubAccountRequest__Output, _ecticket_account_v1_SubAccount__Output>
  DisableBranch: MethodDefinition<_ecticket_account_v1_SetBranchStatusRequest, _ecticket_account_v1_Branch, _ecticket_account_v1_SetBranchStatusRequest__Output, _ecticket_account_v1_Branch__Output>
  EnableBranch: MethodDefinition<_ecticket_account_v1_SetBranchStatusRequest, _ecticket_account_v1_Branch, _ecticket_account_v1_SetBranchStatusRequest__Output, _ecticket_account_v1_Branch__Output>
  GetBranch: MethodDefinition<_ecticket_account_v1_GetBranchRequest, _ecticket_account_v1_Branch, _ecticket_account_v1_GetBranchRequest__Output, _ecticket_account_v1_Branch__Output>
  GetMerchant: MethodDefinition<_ecticket_account_v1_GetMerchantRequest, _ecticket_account_v1_Merchant, _ecticket_account_v1_GetMerchantRequest__Output, _ecticket_account_v1_Merchant__Output>
  GetMerchantTerms: MethodDefinition<_ecticket_account_v1_GetMerchantTermsRequest, _ecticket_account_v1_MerchantTerms, _ecticket_account_v1_GetMerchantTermsRequest__Output, _ecticket_account_v1_MerchantTerms__Output>
  GetSubAccount: MethodDefinition<_ecticket_account_v1_GetSubAccountRequest, _ecticket_account_v1_SubAccount, _ecticket_account_v1_GetSubAccountRequest__Output, _ecticket_account_v1_SubAccount__Output>
  GetVerificationKeys: MethodDefinition<_ecticket_account_v1_GetVerificationKeysRequest, _ecticket_account_v1_GetVerificationKeysResponse, _ecticket_account_v1_GetVerificationKeysRequest__Output, _ecticket_account_v1_GetVerificationKeysResponse__Output>
  IsRedeemableStore: MethodDefinition<_ecticket_account_v1_IsRedeemableStoreRequest, _ecticket_account_v1_IsRedeemableStoreResponse, _ecticket_account_v1_IsRedeemableStoreRequest__Output, _ecticket_account_v1_IsRedeemableStoreResponse__Output>
  ListAuditLog: MethodDefinition<_ecticket_account_v1_ListAuditLogRequest, _ecticket_account_v1_ListAuditLogResponse, _ecticket_account_v1_ListAuditLogRequest__Output, _ecticket_account_v1_ListAuditLogResponse__Output>
  ListBranches: MethodDefinition<_ecticket_account_v1_ListBranchesRequest, _ecticket_account_v1_ListBranchesResponse, _ecticket_account_v1_ListBranchesRequest__Output, _ecticket_account_v1_ListBranchesResponse__Output>
  ListJointIssuers: MethodDefinition<_ecticket_account_v1_ListJointIssuersRequest, _ecticket_account_v1_ListJointIssuersResponse, _ecticket_account_v1_ListJointIssuersRequest__Output, _ecticket_account_v1_ListJointIssuersResponse__Output>
  ListMerchants: MethodDefinition<_ecticket_account_v1_ListMerchantsRequest, _ecticket_account_v1_ListMerchantsResponse, _ecticket_account_v1_ListMerchantsRequest__Output, _ecticket_account_v1_ListMerchantsResponse__Output>
  ListRedeemableStores: MethodDefinition<_ecticket_account_v1_ListRedeemableStoresRequest, _ecticket_account_v1_ListRedeemableStoresResponse, _ecticket_account_v1_ListRedeemableStoresRequest__Output, _ecticket_account_v1_ListRedeemableStoresResponse__Output>
  ListSubAccounts: MethodDefinition<_ecticket_account_v1_ListSubAccountsRequest, _ecticket_account_v1_ListSubAccountsResponse, _ecticket_account_v1_ListSubAccountsRequest__Output, _ecticket_account_v1_ListSubAccountsResponse__Output>
  Login: MethodDefinition<_ecticket_account_v1_LoginRequest, _ecticket_account_v1_LoginResponse, _ecticket_account_v1_LoginRequest__Output, _ecticket_account_v1_LoginResponse__Output>
  ResolveBranch: MethodDefinition<_ecticket_account_v1_ResolveBranchRequest, _ecticket_account_v1_Branch, _ecticket_account_v1_ResolveBranchRequest__Output, _ecticket_account_v1_Branch__Output>
  ResolveOrderLookup: MethodDefinition<_ecticket_account_v1_ResolveOrderLookupRequest, _ecticket_account_v1_MerchantTerms, _ecticket_account_v1_ResolveOrderLookupRequest__Output, _ecticket_account_v1_MerchantTerms__Output>
  UnlinkRedeemableStore: MethodDefinition<_ecticket_account_v1_UnlinkRedeemableStoreRequest, _ecticket_account_v1_RedeemableStore, _ecticket_account_v1_UnlinkRedeemableStoreRequest__Output, _ecticket_account_v1_RedeemableStore__Output>
  UpdateBranch: MethodDefinition<_ecticket_account_v1_UpdateBranchRequest, _ecticket_account_v1_Branch, _ecticket_account_v1_UpdateBranchRequest__Output, _ecticket_account_v1_Branch__Output>
  UpdateMerchantContract: MethodDefinition<_ecticket_account_v1_UpdateMerchantContractRequest, _ecticket_account_v1_Merchant, _ecticket_account_v1_UpdateMerchantContractRequest__Output, _ecticket_account_v1_Merchant__Output>
  UpdateMerchantSettings: MethodDefinition<_ecticket_account_v1_UpdateMerchantSettingsRequest, _ecticket_account_v1_Merchant, _ecticket_account_v1_UpdateMerchantSettingsRequest__Output, _ecticket_account_v1_Merchant__Output>
  UpdateSubAccountPermissions: MethodDefinition<_ecticket_account_v1_UpdateSubAccountPermissionsRequest, _ecticket_account_v1_SubAccount, _ecticket_account_v1_UpdateSubAccountPermissionsRequest__Output, _ecticket_account_v1_SubAccount__Output>
}
