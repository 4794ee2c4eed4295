import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { IssuanceServiceClient as _ecticket_issuance_v1_IssuanceServiceClient, IssuanceServiceDefinition as _ecticket_issuance_v1_IssuanceServiceDefinition } from './ecticket/issuance/v1/IssuanceService';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ecticket: {
    issuance: {
      v1: {
        AbandonOrderRequest: MessageTypeDefinition
        Actor: MessageTypeDefinition
        AddOrderNoteRequest: MessageTypeDefinition
        BranchList: MessageTypeDefinition
        BranchRef: MessageTypeDefinition
        Buyer: MessageTypeDefinition
        ChangeBuyerRequest: MessageTypeDefinition
        CheckoutForm: MessageTypeDefinition
        ConfirmPrintingRequest: MessageTypeDefinition
        ConfirmPrintingResponse: MessageTypeDefinition
        Contact: MessageTypeDefinition
        CreateOrderRequest: MessageTypeDefinition
        CreateOrderResponse: MessageTypeDefinition
        CreateProductRequest: MessageTypeDefinition
        CustomerService: MessageTypeDefinition
        DeliveryLinks: MessageTypeDefinition
        GetDeliveryLinksRequest: MessageTypeDefinition
        GetOrderRequest: MessageTypeDefinition
        GetPrintDataRequest: MessageTypeDefinition
        GetProductRequest: MessageTypeDefinition
        GetTicketRequest: MessageTypeDefinition
        GetTicketVerificationKeysRequest: MessageTypeDefinition
        GetTicketVerificationKeysResponse: MessageTypeDefinition
        GetWalletRequest: MessageTypeDefinition
        HistoryEntry: MessageTypeDefinition
        IssuanceService: SubtypeConstructor<typeof grpc.Client, _ecticket_issuance_v1_IssuanceServiceClient> & { service: _ecticket_issuance_v1_IssuanceServiceDefinition }
        IssueOrderRequest: MessageTypeDefinition
        KioskOrder: MessageTypeDefinition
        ListOrdersRequest: MessageTypeDefinition
        ListOrdersResponse: MessageTypeDefinition
        ListProductsRequest: MessageTypeDefinition
        ListProductsResponse: MessageTypeDefinition
        LookupPickupCodeRequest: MessageTypeDefinition
        MarkPrintedRequest: MessageTypeDefinition
        MarkPrintedResponse: MessageTypeDefinition
        Note: MessageTypeDefinition
        NotificationRequest: MessageTypeDefinition
        Order: MessageTypeDefinition
        OrderDetail: MessageTypeDefinition
        OrderItem: MessageTypeDefinition
        OrderItemRequest: MessageTypeDefinition
        OrderState: EnumTypeDefinition
        Page: MessageTypeDefinition
        PaperPrinter: EnumTypeDefinition
        Payment: MessageTypeDefinition
        PrintData: MessageTypeDefinition
        PrintableTicket: MessageTypeDefinition
        Product: MessageTypeDefinition
        ResendNotificationsRequest: MessageTypeDefinition
        SendBuyerOrderLinksRequest: MessageTypeDefinition
        SendBuyerOrderLinksResponse: MessageTypeDefinition
        Ticket: MessageTypeDefinition
        TicketForm: EnumTypeDefinition
        TicketLink: MessageTypeDefinition
        TicketType: EnumTypeDefinition
        TicketVerificationKey: MessageTypeDefinition
        TransferTicketRequest: MessageTypeDefinition
        TransferTicketResponse: MessageTypeDefinition
        UpdateProductRequest: MessageTypeDefinition
        Validity: MessageTypeDefinition
        Wallet: MessageTypeDefinition
        WalletTicket: MessageTypeDefinition
      }
    }
  }
}

