// Original file: protos/account.proto


export interface GetVerificationKeysRequest {
}

export interface GetVerificationKeysRequest__Output {
}
