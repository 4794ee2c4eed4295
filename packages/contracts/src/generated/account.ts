import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { AccountServiceClient as _ecticket_account_v1_AccountServiceClient, AccountServiceDefinition as _ecticket_account_v1_AccountServiceDefinition } from './ecticket/account/v1/AccountService';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ecticket: {
    account: {
      v1: {
        AccountService: SubtypeConstructor<typeof grpc.Client, _ecticket_account_v1_AccountServiceClient> & { service: _ecticket_account_v1_AccountServiceDefinition }
        AuditEntry: MessageTypeDefinition
        BindSubAccountToBranchRequest: MessageTypeDefinition
        Branch: MessageTypeDefinition
        BranchRef: MessageTypeDefinition
        BranchStatus: EnumTypeDefinition
        ChangeSubAccountPasswordRequest: MessageTypeDefinition
        CheckPrincipalRequest: MessageTypeDefinition
        Contract: MessageTypeDefinition
        CreateBranchRequest: MessageTypeDefinition
        CreateMerchantRequest: MessageTypeDefinition
        CreateRedeemableStoreRequest: MessageTypeDefinition
        CreateSubAccountRequest: MessageTypeDefinition
        CustomerService: MessageTypeDefinition
        CustomerServicePatch: MessageTypeDefinition
        DeleteSubAccountRequest: MessageTypeDefinition
        GetBranchRequest: MessageTypeDefinition
        GetMerchantRequest: MessageTypeDefinition
        GetMerchantTermsRequest: MessageTypeDefinition
        GetSubAccountRequest: MessageTypeDefinition
        GetVerificationKeysRequest: MessageTypeDefinition
        GetVerificationKeysResponse: MessageTypeDefinition
        IsRedeemableStoreRequest: MessageTypeDefinition
        IsRedeemableStoreResponse: MessageTypeDefinition
        JointIssuer: MessageTypeDefinition
        ListAuditLogRequest: MessageTypeDefinition
        ListAuditLogResponse: MessageTypeDefinition
        ListBranchesRequest: MessageTypeDefinition
        ListBranchesResponse: MessageTypeDefinition
        ListJointIssuersRequest: MessageTypeDefinition
        ListJointIssuersResponse: MessageTypeDefinition
        ListMerchantsRequest: MessageTypeDefinition
        ListMerchantsResponse: MessageTypeDefinition
        ListRedeemableStoresRequest: MessageTypeDefinition
        ListRedeemableStoresResponse: MessageTypeDefinition
        ListSubAccountsRequest: MessageTypeDefinition
        ListSubAccountsResponse: MessageTypeDefinition
        LoginRequest: MessageTypeDefinition
        LoginResponse: MessageTypeDefinition
        Merchant: MessageTypeDefinition
        MerchantTerms: MessageTypeDefinition
        Page: MessageTypeDefinition
        Principal: MessageTypeDefinition
        RedeemableStore: MessageTypeDefinition
        ResolveBranchRequest: MessageTypeDefinition
        ResolveOrderLookupRequest: MessageTypeDefinition
        Role: EnumTypeDefinition
        SetBranchStatusRequest: MessageTypeDefinition
        Settings: MessageTypeDefinition
        SubAccount: MessageTypeDefinition
        UnlinkRedeemableStoreRequest: MessageTypeDefinition
        UpdateBranchRequest: MessageTypeDefinition
        UpdateMerchantContractRequest: MessageTypeDefinition
        UpdateMerchantSettingsRequest: MessageTypeDefinition
        UpdateSubAccountPermissionsRequest: MessageTypeDefinition
        VerificationKey: MessageTypeDefinition
      }
    }
  }
}

