// Original file: protos/issuance.proto


export interface GetTicketVerificationKeysRequest {
}

export interface GetTicketVerificationKeysRequest__Output {
}
