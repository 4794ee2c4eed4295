// Original file: protos/issuance.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AbandonOrderRequest as _ecticket_issuance_v1_AbandonOrderRequest, AbandonOrderRequest__Output as _ecticket_issuance_v1_AbandonOrderRequest__Output } from '../../../ecticket/issuance/v1/AbandonOrderRequest';
import type { AddOrderNoteRequest as _ecticket_issuance_v1_AddOrderNoteRequest, AddOrderNoteRequest__Output as _ecticket_issuance_v1_AddOrderNoteRequest__Output } from '../../../ecticket/issuance/v1/AddOrderNoteRequest';
import type { ChangeBuyerRequest as _ecticket_issuance_v1_ChangeBuyerRequest, ChangeBuyerRequest__Output as _ecticket_issuance_v1_ChangeBuyerRequest__Output } from '../../../ecticket/issuance/v1/ChangeBuyerRequest';
import type { ConfirmPrintingRequest as _ecticket_issuance_v1_ConfirmPrintingRequest, ConfirmPrintingRequest__Output as _ecticket_issuance_v1_ConfirmPrintingRequest__Output } from '../../../ecticket/issuance/v1/ConfirmPrintingRequest';
import type { ConfirmPrintingResponse as _ecticket_issuance_v1_ConfirmPrintingResponse, ConfirmPrintingResponse__Output as _ecticket_issuance_v1_ConfirmPrintingResponse__Output } from '../../../ecticket/issuance/v1/ConfirmPrintingResponse';
import type { CreateOrderRequest as _ecticket_issuance_v1_CreateOrderRequest, CreateOrderRequest__Output as _ecticket_issuance_v1_CreateOrderRequest__Output } from '../../../ecticket/issuance/v1/CreateOrderRequest';
import type { CreateOrderResponse as _ecticket_issuance_v1_CreateOrderResponse, CreateOrderResponse__Output as _ecticket_issuance_v1_CreateOrderResponse__Output } from '../../../ecticket/issuance/v1/CreateOrderResponse';
import type { CreateProductRequest as _ecticket_issuance_v1_CreateProductRequest, CreateProductRequest__Output as _ecticket_issuance_v1_CreateProductRequest__Output } from '../../../ecticket/issuance/v1/CreateProductRequest';
import type { DeliveryLinks as _ecticket_issuance_v1_DeliveryLinks, DeliveryLinks__Output as _ecticket_issuance_v1_DeliveryLinks__Output } from '../../../ecticket/issuance/v1/DeliveryLinks';
import type { GetDeliveryLinksRequest as _ecticket_issuance_v1_GetDeliveryLinksRequest, GetDeliveryLinksRequest__Output as _ecticket_issuance_v1_GetDeliveryLinksRequest__Output } from '../../../ecticket/issuance/v1/GetDeliveryLinksRequest';
import type { GetOrderRequest as _ecticket_issuance_v1_GetOrderRequest, GetOrderRequest__Output as _ecticket_issuance_v1_GetOrderRequest__Output } from '../../../ecticket/issuance/v1/GetOrderRequest';
import type { GetPrintDataRequest as _ecticket_issuance_v1_GetPrintDataRequest, GetPrintDataRequest__Output as _ecticket_issuance_v1_GetPrintDataRequest__Output } from '../../../ecticket/issuance/v1/GetPrintDataRequest';
import type { GetProductRequest as _ecticket_issuance_v1_GetProductRequest, GetProductRequest__Output as _ecticket_issuance_v1_GetProductRequest__Output } from '../../../ecticket/issuance/v1/GetProductRequest';
import type { GetTicketRequest as _ecticket_issuance_v1_GetTicketRequest, GetTicketRequest__Output as _ecticket_issuance_v1_GetTicketRequest__Output } from '../../../ecticket/issuance/v1/GetTicketRequest';
import type { GetTicketVerificationKeysRequest as _ecticket_issuance_v1_GetTicketVerificationKeysRequest, GetTicketVerificationKeysRequest__Output as _ecticket_issuance_v1_GetTicketVerificationKeysRequest__Output } from '../../../ecticket/issuance/v1/GetTicketVerificationKeysRequest';
import type { GetTicketVerificationKeysResponse as _ecticket_issuance_v1_GetTicketVerificationKeysResponse, GetTicketVerificationKeysResponse__Output as _ecticket_issuance_v1_GetTicketVerificationKeysResponse__Output } from '../../../ecticket/issuance/v1/GetTicketVerificationKeysResponse';
import type { GetWalletRequest as _ecticket_issuance_v1_GetWalletRequest, GetWalletRequest__Output as _ecticket_issuance_v1_GetWalletRequest__Output } from '../../../ecticket/issuance/v1/GetWalletRequest';
import type { IssueOrderRequest as _ecticket_issuance_v1_IssueOrderRequest, IssueOrderRequest__Output as _ecticket_issuance_v1_IssueOrderRequest__Output } from '../../../ecticket/issuance/v1/IssueOrderRequest';
import type { KioskOrder as _ecticket_issuance_v1_KioskOrder, KioskOrder__Output as _ecticket_issuance_v1_KioskOrder__Output } from '../../../ecticket/issuance/v1/KioskOrder';
import type { ListOrdersRequest as _ecticket_issuance_v1_ListOrdersRequest, ListOrdersRequest__Output as _ecticket_issuance_v1_ListOrdersRequest__Output } from '../../../ecticket/issuance/v1/ListOrdersRequest';
import type { ListOrdersResponse as _ecticket_issuance_v1_ListOrdersResponse, ListOrdersResponse__Output as _ecticket_issuance_v1_ListOrdersResponse__Output } from '../../../ecticket/issuance/v1/ListOrdersResponse';
import type { ListProductsRequest as _ecticket_issuance_v1_ListProductsRequest, ListProductsRequest__Output as _ecticket_issuance_v1_ListProductsRequest__Output } from '../../../ecticket/issuance/v1/ListProductsRequest';
import type { ListProductsResponse as _ecticket_issuance_v1_ListProductsResponse, ListProductsResponse__Output as _ecticket_issuance_v1_ListProductsResponse__Output } from '../../../ecticket/issuance/v1/ListProductsResponse';
import type { LookupPickupCodeRequest as _ecticket_issuance_v1_LookupPickupCodeRequest, LookupPickupCodeRequest__Output as _ecticket_issuance_v1_LookupPickupCodeRequest__Output } from '../../../ecticket/issuance/v1/LookupPickupCodeRequest';
import type { MarkPrintedRequest as _ecticket_issuance_v1_MarkPrintedRequest, MarkPrintedRequest__Output as _ecticket_issuance_v1_MarkPrintedRequest__Output } from '../../../ecticket/issuance/v1/MarkPrintedRequest';
import type { MarkPrintedResponse as _ecticket_issuance_v1_MarkPrintedResponse, MarkPrintedResponse__Output as _ecticket_issuance_v1_MarkPrintedResponse__Output } from '../../../ecticket/issuance/v1/MarkPrintedResponse';
import type { Note as _ecticket_issuance_v1_Note, Note__Output as _ecticket_issuance_v1_Note__Output } from '../../../ecticket/issuance/v1/Note';
import type { NotificationRequest as _ecticket_issuance_v1_NotificationRequest, NotificationRequest__Output as _ecticket_issuance_v1_NotificationRequest__Output } from '../../../ecticket/issuance/v1/NotificationRequest';
import type { Order as _ecticket_issuance_v1_Order, Order__Output as _ecticket_issuance_v1_Order__Output } from '../../../ecticket/issuance/v1/Order';
import type { OrderDetail as _ecticket_issuance_v1_OrderDetail, OrderDetail__Output as _ecticket_issuance_v1_OrderDetail__Output } from '../../../ecticket/issuance/v1/OrderDetail';
import type { PrintData as _ecticket_issuance_v1_PrintData, PrintData__Output as _ecticket_issuance_v1_PrintData__Output } from '../../../ecticket/issuance/v1/PrintData';
import type { Product as _ecticket_issuance_v1_Product, Product__Output as _ecticket_issuance_v1_Product__Output } from '../../../ecticket/issuance/v1/Product';
import type { ResendNotificationsRequest as _ecticket_issuance_v1_ResendNotificationsRequest, ResendNotificationsRequest__Output as _ecticket_issuance_v1_ResendNotificationsRequest__Output } from '../../../ecticket/issuance/v1/ResendNotificationsRequest';
import type { SendBuyerOrderLinksRequest as _ecticket_issuance_v1_SendBuyerOrderLinksRequest, SendBuyerOrderLinksRequest__Output as _ecticket_issuance_v1_SendBuyerOrderLinksRequest__Output } from '../../../ecticket/issuance/v1/SendBuyerOrderLinksRequest';
import type { SendBuyerOrderLinksResponse as _ecticket_issuance_v1_SendBuyerOrderLinksResponse, SendBuyerOrderLinksResponse__Output as _ecticket_issuance_v1_SendBuyerOrderLinksResponse__Output } from '../../../ecticket/issuance/v1/SendBuyerOrderLinksResponse';
import type { Ticket as _ecticket_issuance_v1_Ticket, Ticket__Output as _ecticket_issuance_v1_Ticket__Output } from '../../../ecticket/issuance/v1/Ticket';
import type { TransferTicketRequest as _ecticket_issuance_v1_TransferTicketRequest, TransferTicketRequest__Output as _ecticket_issuance_v1_TransferTicketRequest__Output } from '../../../ecticket/issuance/v1/TransferTicketRequest';
import type { TransferTicketResponse as _ecticket_issuance_v1_TransferTicketResponse, TransferTicketResponse__Output as _ecticket_issuance_v1_TransferTicketResponse__Output } from '../../../ecticket/issuance/v1/TransferTicketResponse';
import type { UpdateProductRequest as _ecticket_issuance_v1_UpdateProductRequest, UpdateProductRequest__Output as _ecticket_issuance_v1_UpdateProductRequest__Output } from '../../../ecticket/issuance/v1/UpdateProductRequest';
import type { Wallet as _ecticket_issuance_v1_Wallet, Wallet__Output as _ecticket_issuance_v1_Wallet__Output } from '../../../ecticket/issuance/v1/Wallet';

export interface IssuanceServiceClient extends grpc.Client {
  AbandonOrder(argument: _ecticket_issuance_v1_AbandonOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Order__Output>): grpc.ClientUnaryCall;
  AbandonOrder(argument: _ecticket_issuance_v1_AbandonOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_Order__Output>): grpc.ClientUnaryCall;
  AbandonOrder(argument: _ecticket_issuance_v1_AbandonOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Order__Output>): grpc.ClientUnaryCall;
  AbandonOrder(argument: _ecticket_issuance_v1_AbandonOrderRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_Order__Output>): grpc.ClientUnaryCall;
  abandonOrder(argument: _ecticket_issuance_v1_AbandonOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Order__Output>): grpc.ClientUnaryCall;
  abandonOrder(argument: _ecticket_issuance_v1_AbandonOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_Order__Output>): grpc.ClientUnaryCall;
  abandonOrder(argument: _ecticket_issuance_v1_AbandonOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Order__Output>): grpc.ClientUnaryCall;
  abandonOrder(argument: _ecticket_issuance_v1_AbandonOrderRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_Order__Output>): grpc.ClientUnaryCall;
  
  AddOrderNote(argument: _ecticket_issuance_v1_AddOrderNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Note__Output>): grpc.ClientUnaryCall;
  AddOrderNote(argument: _ecticket_issuance_v1_AddOrderNoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_Note__Output>): grpc.ClientUnaryCall;
  AddOrderNote(argument: _ecticket_issuance_v1_AddOrderNoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Note__Output>): grpc.ClientUnaryCall;
  AddOrderNote(argument: _ecticket_issuance_v1_AddOrderNoteRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_Note__Output>): grpc.ClientUnaryCall;
  addOrderNote(argument: _ecticket_issuance_v1_AddOrderNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Note__Output>): grpc.ClientUnaryCall;
  addOrderNote(argument: _ecticket_issuance_v1_AddOrderNoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_Note__Output>): grpc.ClientUnaryCall;
  addOrderNote(argument: _ecticket_issuance_v1_AddOrderNoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Note__Output>): grpc.ClientUnaryCall;
  addOrderNote(argument: _ecticket_issuance_v1_AddOrderNoteRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_Note__Output>): grpc.ClientUnaryCall;
  
  ChangeBuyer(argument: _ecticket_issuance_v1_ChangeBuyerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Order__Output>): grpc.ClientUnaryCall;
  ChangeBuyer(argument: _ecticket_issuance_v1_ChangeBuyerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_Order__Output>): grpc.ClientUnaryCall;
  ChangeBuyer(argument: _ecticket_issuance_v1_ChangeBuyerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Order__Output>): grpc.ClientUnaryCall;
  ChangeBuyer(argument: _ecticket_issuance_v1_ChangeBuyerRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_Order__Output>): grpc.ClientUnaryCall;
  changeBuyer(argument: _ecticket_issuance_v1_ChangeBuyerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Order__Output>): grpc.ClientUnaryCall;
  changeBuyer(argument: _ecticket_issuance_v1_ChangeBuyerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_Order__Output>): grpc.ClientUnaryCall;
  changeBuyer(argument: _ecticket_issuance_v1_ChangeBuyerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Order__Output>): grpc.ClientUnaryCall;
  changeBuyer(argument: _ecticket_issuance_v1_ChangeBuyerRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_Order__Output>): grpc.ClientUnaryCall;
  
  ConfirmPrinting(argument: _ecticket_issuance_v1_ConfirmPrintingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_ConfirmPrintingResponse__Output>): grpc.ClientUnaryCall;
  ConfirmPrinting(argument: _ecticket_issuance_v1_ConfirmPrintingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_ConfirmPrintingResponse__Output>): grpc.ClientUnaryCall;
  ConfirmPrinting(argument: _ecticket_issuance_v1_ConfirmPrintingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_ConfirmPrintingResponse__Output>): grpc.ClientUnaryCall;
  ConfirmPrinting(argument: _ecticket_issuance_v1_ConfirmPrintingRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_ConfirmPrintingResponse__Output>): grpc.ClientUnaryCall;
  confirmPrinting(argument: _ecticket_issuance_v1_ConfirmPrintingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_ConfirmPrintingResponse__Output>): grpc.ClientUnaryCall;
  confirmPrinting(argument: _ecticket_issuance_v1_ConfirmPrintingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_ConfirmPrintingResponse__Output>): grpc.ClientUnaryCall;
  confirmPrinting(argument: _ecticket_issuance_v1_ConfirmPrintingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_ConfirmPrintingResponse__Output>): grpc.ClientUnaryCall;
  confirmPrinting(argument: _ecticket_issuance_v1_ConfirmPrintingRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_ConfirmPrintingResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Orders (R8, R9, R27, R25, R32). `orders`, except AddOrderNote (`notes`).
   */
  CreateOrder(argument: _ecticket_issuance_v1_CreateOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_CreateOrderResponse__Output>): grpc.ClientUnaryCall;
  CreateOrder(argument: _ecticket_issuance_v1_CreateOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_CreateOrderResponse__Output>): grpc.ClientUnaryCall;
  CreateOrder(argument: _ecticket_issuance_v1_CreateOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_CreateOrderResponse__Output>): grpc.ClientUnaryCall;
  CreateOrder(argument: _ecticket_issuance_v1_CreateOrderRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_CreateOrderResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Orders (R8, R9, R27, R25, R32). `orders`, except AddOrderNote (`notes`).
   */
  createOrder(argument: _ecticket_issuance_v1_CreateOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_CreateOrderResponse__Output>): grpc.ClientUnaryCall;
  createOrder(argument: _ecticket_issuance_v1_CreateOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_CreateOrderResponse__Output>): grpc.ClientUnaryCall;
  createOrder(argument: _ecticket_issuance_v1_CreateOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_CreateOrderResponse__Output>): grpc.ClientUnaryCall;
  createOrder(argument: _ecticket_issuance_v1_CreateOrderRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_CreateOrderResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Products (R1, R31). Changes need `products`; reads any staff of the merchant.
   */
  CreateProduct(argument: _ecticket_issuance_v1_CreateProductRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Product__Output>): grpc.ClientUnaryCall;
  CreateProduct(argument: _ecticket_issuance_v1_CreateProductRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_Product__Output>): grpc.ClientUnaryCall;
  CreateProduct(argument: _ecticket_issuance_v1_CreateProductRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Product__Output>): grpc.ClientUnaryCall;
  CreateProduct(argument: _ecticket_issuance_v1_CreateProductRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_Product__Output>): grpc.ClientUnaryCall;
  /**
   * Products (R1, R31). Changes need `products`; reads any staff of the merchant.
   */
  createProduct(argument: _ecticket_issuance_v1_CreateProductRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Product__Output>): grpc.ClientUnaryCall;
  createProduct(argument: _ecticket_issuance_v1_CreateProductRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_Product__Output>): grpc.ClientUnaryCall;
  createProduct(argument: _ecticket_issuance_v1_CreateProductRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Product__Output>): grpc.ClientUnaryCall;
  createProduct(argument: _ecticket_issuance_v1_CreateProductRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_Product__Output>): grpc.ClientUnaryCall;
  
  /**
   * Other services.
   */
  GetDeliveryLinks(argument: _ecticket_issuance_v1_GetDeliveryLinksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_DeliveryLinks__Output>): grpc.ClientUnaryCall;
  GetDeliveryLinks(argument: _ecticket_issuance_v1_GetDeliveryLinksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_DeliveryLinks__Output>): grpc.ClientUnaryCall;
  GetDeliveryLinks(argument: _ecticket_issuance_v1_GetDeliveryLinksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_DeliveryLinks__Output>): grpc.ClientUnaryCall;
  GetDeliveryLinks(argument: _ecticket_issuance_v1_GetDeliveryLinksRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_DeliveryLinks__Output>): grpc.ClientUnaryCall;
  /**
   * Other services.
   */
  getDeliveryLinks(argument: _ecticket_issuance_v1_GetDeliveryLinksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_DeliveryLinks__Output>): grpc.ClientUnaryCall;
  getDeliveryLinks(argument: _ecticket_issuance_v1_GetDeliveryLinksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_DeliveryLinks__Output>): grpc.ClientUnaryCall;
  getDeliveryLinks(argument: _ecticket_issuance_v1_GetDeliveryLinksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_DeliveryLinks__Output>): grpc.ClientUnaryCall;
  getDeliveryLinks(argument: _ecticket_issuance_v1_GetDeliveryLinksRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_DeliveryLinks__Output>): grpc.ClientUnaryCall;
  
  GetOrder(argument: _ecticket_issuance_v1_GetOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_OrderDetail__Output>): grpc.ClientUnaryCall;
  GetOrder(argument: _ecticket_issuance_v1_GetOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_OrderDetail__Output>): grpc.ClientUnaryCall;
  GetOrder(argument: _ecticket_issuance_v1_GetOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_OrderDetail__Output>): grpc.ClientUnaryCall;
  GetOrder(argument: _ecticket_issuance_v1_GetOrderRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_OrderDetail__Output>): grpc.ClientUnaryCall;
  getOrder(argument: _ecticket_issuance_v1_GetOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_OrderDetail__Output>): grpc.ClientUnaryCall;
  getOrder(argument: _ecticket_issuance_v1_GetOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_OrderDetail__Output>): grpc.ClientUnaryCall;
  getOrder(argument: _ecticket_issuance_v1_GetOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_OrderDetail__Output>): grpc.ClientUnaryCall;
  getOrder(argument: _ecticket_issuance_v1_GetOrderRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_OrderDetail__Output>): grpc.ClientUnaryCall;
  
  GetPrintData(argument: _ecticket_issuance_v1_GetPrintDataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_PrintData__Output>): grpc.ClientUnaryCall;
  GetPrintData(argument: _ecticket_issuance_v1_GetPrintDataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_PrintData__Output>): grpc.ClientUnaryCall;
  GetPrintData(argument: _ecticket_issuance_v1_GetPrintDataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_PrintData__Output>): grpc.ClientUnaryCall;
  GetPrintData(argument: _ecticket_issuance_v1_GetPrintDataRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_PrintData__Output>): grpc.ClientUnaryCall;
  getPrintData(argument: _ecticket_issuance_v1_GetPrintDataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_PrintData__Output>): grpc.ClientUnaryCall;
  getPrintData(argument: _ecticket_issuance_v1_GetPrintDataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_PrintData__Output>): grpc.ClientUnaryCall;
  getPrintData(argument: _ecticket_issuance_v1_GetPrintDataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_PrintData__Output>): grpc.ClientUnaryCall;
  getPrintData(argument: _ecticket_issuance_v1_GetPrintDataRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_PrintData__Output>): grpc.ClientUnaryCall;
  
  GetProduct(argument: _ecticket_issuance_v1_GetProductRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Product__Output>): grpc.ClientUnaryCall;
  GetProduct(argument: _ecticket_issuance_v1_GetProductRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_Product__Output>): grpc.ClientUnaryCall;
  GetProduct(argument: _ecticket_issuance_v1_GetProductRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Product__Output>): grpc.ClientUnaryCall;
  GetProduct(argument: _ecticket_issuance_v1_GetProductRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_Product__Output>): grpc.ClientUnaryCall;
  getProduct(argument: _ecticket_issuance_v1_GetProductRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Product__Output>): grpc.ClientUnaryCall;
  getProduct(argument: _ecticket_issuance_v1_GetProductRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_Product__Output>): grpc.ClientUnaryCall;
  getProduct(argument: _ecticket_issuance_v1_GetProductRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Product__Output>): grpc.ClientUnaryCall;
  getProduct(argument: _ecticket_issuance_v1_GetProductRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_Product__Output>): grpc.ClientUnaryCall;
  
  GetTicket(argument: _ecticket_issuance_v1_GetTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Ticket__Output>): grpc.ClientUnaryCall;
  GetTicket(argument: _ecticket_issuance_v1_GetTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_Ticket__Output>): grpc.ClientUnaryCall;
  GetTicket(argument: _ecticket_issuance_v1_GetTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Ticket__Output>): grpc.ClientUnaryCall;
  GetTicket(argument: _ecticket_issuance_v1_GetTicketRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_Ticket__Output>): grpc.ClientUnaryCall;
  getTicket(argument: _ecticket_issuance_v1_GetTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Ticket__Output>): grpc.ClientUnaryCall;
  getTicket(argument: _ecticket_issuance_v1_GetTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_Ticket__Output>): grpc.ClientUnaryCall;
  getTicket(argument: _ecticket_issuance_v1_GetTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Ticket__Output>): grpc.ClientUnaryCall;
  getTicket(argument: _ecticket_issuance_v1_GetTicketRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_Ticket__Output>): grpc.ClientUnaryCall;
  
  GetTicketVerificationKeys(argument: _ecticket_issuance_v1_GetTicketVerificationKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_GetTicketVerificationKeysResponse__Output>): grpc.ClientUnaryCall;
  GetTicketVerificationKeys(argument: _ecticket_issuance_v1_GetTicketVerificationKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_GetTicketVerificationKeysResponse__Output>): grpc.ClientUnaryCall;
  GetTicketVerificationKeys(argument: _ecticket_issuance_v1_GetTicketVerificationKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_GetTicketVerificationKeysResponse__Output>): grpc.ClientUnaryCall;
  GetTicketVerificationKeys(argument: _ecticket_issuance_v1_GetTicketVerificationKeysRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_GetTicketVerificationKeysResponse__Output>): grpc.ClientUnaryCall;
  getTicketVerificationKeys(argument: _ecticket_issuance_v1_GetTicketVerificationKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_GetTicketVerificationKeysResponse__Output>): grpc.ClientUnaryCall;
  getTicketVerificationKeys(argument: _ecticket_issuance_v1_GetTicketVerificationKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_GetTicketVerificationKeysResponse__Output>): grpc.ClientUnaryCall;
  getTicketVerificationKeys(argument: _ecticket_issuance_v1_GetTicketVerificationKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_GetTicketVerificationKeysResponse__Output>): grpc.ClientUnaryCall;
  getTicketVerificationKeys(argument: _ecticket_issuance_v1_GetTicketVerificationKeysRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_GetTicketVerificationKeysResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Buyers, through their wallet link.
   */
  GetWallet(argument: _ecticket_issuance_v1_GetWalletRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Wallet__Output>): grpc.ClientUnaryCall;
  GetWallet(argument: _ecticket_issuance_v1_GetWalletRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_Wallet__Output>): grpc.ClientUnaryCall;
  GetWallet(argument: _ecticket_issuance_v1_GetWalletRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Wallet__Output>): grpc.ClientUnaryCall;
  GetWallet(argument: _ecticket_issuance_v1_GetWalletRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_Wallet__Output>): grpc.ClientUnaryCall;
  /**
   * Buyers, through their wallet link.
   */
  getWallet(argument: _ecticket_issuance_v1_GetWalletRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Wallet__Output>): grpc.ClientUnaryCall;
  getWallet(argument: _ecticket_issuance_v1_GetWalletRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_Wallet__Output>): grpc.ClientUnaryCall;
  getWallet(argument: _ecticket_issuance_v1_GetWalletRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Wallet__Output>): grpc.ClientUnaryCall;
  getWallet(argument: _ecticket_issuance_v1_GetWalletRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_Wallet__Output>): grpc.ClientUnaryCall;
  
  /**
   * Issuance (R26) and paper printing: `issue`. GetTicket: `orders`.
   */
  IssueOrder(argument: _ecticket_issuance_v1_IssueOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_OrderDetail__Output>): grpc.ClientUnaryCall;
  IssueOrder(argument: _ecticket_issuance_v1_IssueOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_OrderDetail__Output>): grpc.ClientUnaryCall;
  IssueOrder(argument: _ecticket_issuance_v1_IssueOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_OrderDetail__Output>): grpc.ClientUnaryCall;
  IssueOrder(argument: _ecticket_issuance_v1_IssueOrderRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_OrderDetail__Output>): grpc.ClientUnaryCall;
  /**
   * Issuance (R26) and paper printing: `issue`. GetTicket: `orders`.
   */
  issueOrder(argument: _ecticket_issuance_v1_IssueOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_OrderDetail__Output>): grpc.ClientUnaryCall;
  issueOrder(argument: _ecticket_issuance_v1_IssueOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_OrderDetail__Output>): grpc.ClientUnaryCall;
  issueOrder(argument: _ecticket_issuance_v1_IssueOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_OrderDetail__Output>): grpc.ClientUnaryCall;
  issueOrder(argument: _ecticket_issuance_v1_IssueOrderRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_OrderDetail__Output>): grpc.ClientUnaryCall;
  
  ListOrders(argument: _ecticket_issuance_v1_ListOrdersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_ListOrdersResponse__Output>): grpc.ClientUnaryCall;
  ListOrders(argument: _ecticket_issuance_v1_ListOrdersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_ListOrdersResponse__Output>): grpc.ClientUnaryCall;
  ListOrders(argument: _ecticket_issuance_v1_ListOrdersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_ListOrdersResponse__Output>): grpc.ClientUnaryCall;
  ListOrders(argument: _ecticket_issuance_v1_ListOrdersRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_ListOrdersResponse__Output>): grpc.ClientUnaryCall;
  listOrders(argument: _ecticket_issuance_v1_ListOrdersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_ListOrdersResponse__Output>): grpc.ClientUnaryCall;
  listOrders(argument: _ecticket_issuance_v1_ListOrdersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_ListOrdersResponse__Output>): grpc.ClientUnaryCall;
  listOrders(argument: _ecticket_issuance_v1_ListOrdersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_ListOrdersResponse__Output>): grpc.ClientUnaryCall;
  listOrders(argument: _ecticket_issuance_v1_ListOrdersRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_ListOrdersResponse__Output>): grpc.ClientUnaryCall;
  
  ListProducts(argument: _ecticket_issuance_v1_ListProductsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_ListProductsResponse__Output>): grpc.ClientUnaryCall;
  ListProducts(argument: _ecticket_issuance_v1_ListProductsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_ListProductsResponse__Output>): grpc.ClientUnaryCall;
  ListProducts(argument: _ecticket_issuance_v1_ListProductsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_ListProductsResponse__Output>): grpc.ClientUnaryCall;
  ListProducts(argument: _ecticket_issuance_v1_ListProductsRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_ListProductsResponse__Output>): grpc.ClientUnaryCall;
  listProducts(argument: _ecticket_issuance_v1_ListProductsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_ListProductsResponse__Output>): grpc.ClientUnaryCall;
  listProducts(argument: _ecticket_issuance_v1_ListProductsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_ListProductsResponse__Output>): grpc.ClientUnaryCall;
  listProducts(argument: _ecticket_issuance_v1_ListProductsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_ListProductsResponse__Output>): grpc.ClientUnaryCall;
  listProducts(argument: _ecticket_issuance_v1_ListProductsRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_ListProductsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Convenience-store kiosk partners.
   */
  LookupPickupCode(argument: _ecticket_issuance_v1_LookupPickupCodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_KioskOrder__Output>): grpc.ClientUnaryCall;
  LookupPickupCode(argument: _ecticket_issuance_v1_LookupPickupCodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_KioskOrder__Output>): grpc.ClientUnaryCall;
  LookupPickupCode(argument: _ecticket_issuance_v1_LookupPickupCodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_KioskOrder__Output>): grpc.ClientUnaryCall;
  LookupPickupCode(argument: _ecticket_issuance_v1_LookupPickupCodeRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_KioskOrder__Output>): grpc.ClientUnaryCall;
  /**
   * Convenience-store kiosk partners.
   */
  lookupPickupCode(argument: _ecticket_issuance_v1_LookupPickupCodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_KioskOrder__Output>): grpc.ClientUnaryCall;
  lookupPickupCode(argument: _ecticket_issuance_v1_LookupPickupCodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_KioskOrder__Output>): grpc.ClientUnaryCall;
  lookupPickupCode(argument: _ecticket_issuance_v1_LookupPickupCodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_KioskOrder__Output>): grpc.ClientUnaryCall;
  lookupPickupCode(argument: _ecticket_issuance_v1_LookupPickupCodeRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_KioskOrder__Output>): grpc.ClientUnaryCall;
  
  MarkPrinted(argument: _ecticket_issuance_v1_MarkPrintedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_MarkPrintedResponse__Output>): grpc.ClientUnaryCall;
  MarkPrinted(argument: _ecticket_issuance_v1_MarkPrintedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_MarkPrintedResponse__Output>): grpc.ClientUnaryCall;
  MarkPrinted(argument: _ecticket_issuance_v1_MarkPrintedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_MarkPrintedResponse__Output>): grpc.ClientUnaryCall;
  MarkPrinted(argument: _ecticket_issuance_v1_MarkPrintedRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_MarkPrintedResponse__Output>): grpc.ClientUnaryCall;
  markPrinted(argument: _ecticket_issuance_v1_MarkPrintedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_MarkPrintedResponse__Output>): grpc.ClientUnaryCall;
  markPrinted(argument: _ecticket_issuance_v1_MarkPrintedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_MarkPrintedResponse__Output>): grpc.ClientUnaryCall;
  markPrinted(argument: _ecticket_issuance_v1_MarkPrintedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_MarkPrintedResponse__Output>): grpc.ClientUnaryCall;
  markPrinted(argument: _ecticket_issuance_v1_MarkPrintedRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_MarkPrintedResponse__Output>): grpc.ClientUnaryCall;
  
  ResendNotifications(argument: _ecticket_issuance_v1_ResendNotificationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_NotificationRequest__Output>): grpc.ClientUnaryCall;
  ResendNotifications(argument: _ecticket_issuance_v1_ResendNotificationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_NotificationRequest__Output>): grpc.ClientUnaryCall;
  ResendNotifications(argument: _ecticket_issuance_v1_ResendNotificationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_NotificationRequest__Output>): grpc.ClientUnaryCall;
  ResendNotifications(argument: _ecticket_issuance_v1_ResendNotificationsRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_NotificationRequest__Output>): grpc.ClientUnaryCall;
  resendNotifications(argument: _ecticket_issuance_v1_ResendNotificationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_NotificationRequest__Output>): grpc.ClientUnaryCall;
  resendNotifications(argument: _ecticket_issuance_v1_ResendNotificationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_NotificationRequest__Output>): grpc.ClientUnaryCall;
  resendNotifications(argument: _ecticket_issuance_v1_ResendNotificationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_NotificationRequest__Output>): grpc.ClientUnaryCall;
  resendNotifications(argument: _ecticket_issuance_v1_ResendNotificationsRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_NotificationRequest__Output>): grpc.ClientUnaryCall;
  
  /**
   * R15, the buyers' order lookup page (the gateway, after the account service resolved the link):
   * the merchant's issued orders whose buyer has this e-mail are sent to it again (e-mail only,
   * at most 10, each recorded in the order's history). The count is never shown to the asker.
   */
  SendBuyerOrderLinks(argument: _ecticket_issuance_v1_SendBuyerOrderLinksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_SendBuyerOrderLinksResponse__Output>): grpc.ClientUnaryCall;
  SendBuyerOrderLinks(argument: _ecticket_issuance_v1_SendBuyerOrderLinksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_SendBuyerOrderLinksResponse__Output>): grpc.ClientUnaryCall;
  SendBuyerOrderLinks(argument: _ecticket_issuance_v1_SendBuyerOrderLinksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_SendBuyerOrderLinksResponse__Output>): grpc.ClientUnaryCall;
  SendBuyerOrderLinks(argument: _ecticket_issuance_v1_SendBuyerOrderLinksRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_SendBuyerOrderLinksResponse__Output>): grpc.ClientUnaryCall;
  /**
   * R15, the buyers' order lookup page (the gateway, after the account service resolved the link):
   * the merchant's issued orders whose buyer has this e-mail are sent to it again (e-mail only,
   * at most 10, each recorded in the order's history). The count is never shown to the asker.
   */
  sendBuyerOrderLinks(argument: _ecticket_issuance_v1_SendBuyerOrderLinksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_SendBuyerOrderLinksResponse__Output>): grpc.ClientUnaryCall;
  sendBuyerOrderLinks(argument: _ecticket_issuance_v1_SendBuyerOrderLinksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_SendBuyerOrderLinksResponse__Output>): grpc.ClientUnaryCall;
  sendBuyerOrderLinks(argument: _ecticket_issuance_v1_SendBuyerOrderLinksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_SendBuyerOrderLinksResponse__Output>): grpc.ClientUnaryCall;
  sendBuyerOrderLinks(argument: _ecticket_issuance_v1_SendBuyerOrderLinksRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_SendBuyerOrderLinksResponse__Output>): grpc.ClientUnaryCall;
  
  TransferTicket(argument: _ecticket_issuance_v1_TransferTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_TransferTicketResponse__Output>): grpc.ClientUnaryCall;
  TransferTicket(argument: _ecticket_issuance_v1_TransferTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_TransferTicketResponse__Output>): grpc.ClientUnaryCall;
  TransferTicket(argument: _ecticket_issuance_v1_TransferTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_TransferTicketResponse__Output>): grpc.ClientUnaryCall;
  TransferTicket(argument: _ecticket_issuance_v1_TransferTicketRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_TransferTicketResponse__Output>): grpc.ClientUnaryCall;
  transferTicket(argument: _ecticket_issuance_v1_TransferTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_TransferTicketResponse__Output>): grpc.ClientUnaryCall;
  transferTicket(argument: _ecticket_issuance_v1_TransferTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_TransferTicketResponse__Output>): grpc.ClientUnaryCall;
  transferTicket(argument: _ecticket_issuance_v1_TransferTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_TransferTicketResponse__Output>): grpc.ClientUnaryCall;
  transferTicket(argument: _ecticket_issuance_v1_TransferTicketRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_TransferTicketResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateProduct(argument: _ecticket_issuance_v1_UpdateProductRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Product__Output>): grpc.ClientUnaryCall;
  UpdateProduct(argument: _ecticket_issuance_v1_UpdateProductRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_Product__Output>): grpc.ClientUnaryCall;
  UpdateProduct(argument: _ecticket_issuance_v1_UpdateProductRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Product__Output>): grpc.ClientUnaryCall;
  UpdateProduct(argument: _ecticket_issuance_v1_UpdateProductRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_Product__Output>): grpc.ClientUnaryCall;
  updateProduct(argument: _ecticket_issuance_v1_UpdateProductRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Product__Output>): grpc.ClientUnaryCall;
  updateProduct(argument: _ecticket_issuance_v1_UpdateProductRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_issuance_v1_Product__Output>): grpc.ClientUnaryCall;
  updateProduct(argument: _ecticket_issuance_v1_UpdateProductRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_issuance_v1_Product__Output>): grpc.ClientUnaryCall;
  updateProduct(argument: _ecticket_issuance_v1_UpdateProductRequest, callback: grpc.requestCallback<_ecticket_issuance_v1_Product__Output>): grpc.ClientUnaryCall;
  
}

export interface IssuanceServiceHandlers extends grpc.UntypedServiceImplementation {
  AbandonOrder: grpc.handleUnaryCall<_ecticket_issuance_v1_AbandonOrderRequest__Output, _ecticket_issuance_v1_Order>;
  
  AddOrderNote: grpc.handleUnaryCall<_ecticket_issuance_v1_AddOrderNoteRequest__Output, _ecticket_issuance_v1_Note>;
  
  ChangeBuyer: grpc.handleUnaryCall<_ecticket_issuance_v1_ChangeBuyerRequest__Output, _ecticket_issuance_v1_Order>;
  
  ConfirmPrinting: grpc.handleUnaryCall<_ecticket_issuance_v1_ConfirmPrintingRequest__Output, _ecticket_issuance_v1_ConfirmPrintingResponse>;
  
  /**
   * Orders (R8, R9, R27, R25, R32). `orders`, except AddOrderNote (`notes`).
   */
  CreateOrder: grpc.handleUnaryCall<_ecticket_issuance_v1_CreateOrderRequest__Output, _ecticket_issuance_v1_CreateOrderResponse>;
  
  /**
   * Products (R1, R31). Changes need `products`; reads any staff of the merchant.
   */
  CreateProduct: grpc.handleUnaryCall<_ecticket_issuance_v1_CreateProductRequest__Output, _ecticket_issuance_v1_Product>;
  
  /**
   * Other services.
   */
  GetDeliveryLinks: grpc.handleUnaryCall<_ecticket_issuance_v1_GetDeliveryLinksRequest__Output, _ecticket_issuance_v1_DeliveryLinks>;
  
  GetOrder: grpc.handleUnaryCall<_ecticket_issuance_v1_GetOrderRequest__Output, _ecticket_issuance_v1_OrderDetail>;
  
  GetPrintData: grpc.handleUnaryCall<_ecticket_issuance_v1_GetPrintDataRequest__Output, _ecticket_issuance_v1_PrintData>;
  
  GetProduct: grpc.handleUnaryCall<_ecticket_issuance_v1_GetProductRequest__Output, _ecticket_issuance_v1_Product>;
  
  GetTicket: grpc.handleUnaryCall<_ecticket_issuance_v1_GetTicketRequest__Output, _ecticket_issuance_v1_Ticket>;
  
  GetTicketVerificationKeys: grpc.handleUnaryCall<_ecticket_issuance_v1_GetTicketVerificationKeysRequest__Output, _ecticket_issuance_v1_GetTicketVerificationKeysResponse>;
  
  /**
   * Buyers, through their wallet link.
   */
  GetWallet: grpc.handleUnaryCall<_ecticket_issuance_v1_GetWalletRequest__Output, _ecticket_issuance_v1_Wallet>;
  
  /**
   * Issuance (R26) and paper printing: `issue`. GetTicket: `orders`.
   */
  IssueOrder: grpc.handleUnaryCall<_ecticket_issuance_v1_IssueOrderRequest__Output, _ecticket_issuance_v1_OrderDetail>;
  
  ListOrders: grpc.handleUnaryCall<_ecticket_issuance_v1_ListOrdersRequest__Output, _ecticket_issuance_v1_ListOrdersResponse>;
  
  ListProducts: grpc.handleUnaryCall<_ecticket_issuance_v1_ListProductsRequest__Output, _ecticket_issuance_v1_ListProductsResponse>;
  
  /**
   * Convenience-store kiosk partners.
   */
  LookupPickupCode: grpc.handleUnaryCall<_ecticket_issuance_v1_LookupPickupCodeRequest__Output, _ecticket_issuance_v1_KioskOrder>;
  
  MarkPrinted: grpc.handleUnaryCall<_ecticket_issuance_v1_MarkPrintedRequest__Output, _ecticket_issuance_v1_MarkPrintedResponse>;
  
  ResendNotifications: grpc.handleUnaryCall<_ecticket_issuance_v1_ResendNotificationsRequest__Output, _ecticket_issuance_v1_NotificationRequest>;
  
  /**
   * R15, the buyers' order lookup page (the gateway, after the account service resolved the link):
   * the merchant's issued orders whose buyer has this e-mail are sent to it again (e-mail only,
   * at most 10, each recorded in the order's history). The count is never shown to the asker.
   */
  SendBuyerOrderLinks: grpc.handleUnaryCall<_ecticket_issuance_v1_SendBuyerOrderLinksRequest__Output, _ecticket_issuance_v1_SendBuyerOrderLinksResponse>;
  
  TransferTicket: grpc.handleUnaryCall<_ecticket_issuance_v1_TransferTicketRequest__Output, _ecticket_issuance_v1_TransferTicketResponse>;
  
  UpdateProduct: grpc.handleUnaryCall<_ecticket_issuance_v1_UpdateProductRequest__Output, _ecticket_issuance_v1_Product>;
  
}

export interface IssuanceServiceDefinition extends grpc.ServiceDefinition {
  AbandonOrder: MethodDefinition<_ecticket_issuance_v1_AbandonOrderRequest, _ecticket_issuance_v1_Order, _ecticket_issuance_v1_AbandonOrderRequest__Output, _ecticket_issuance_v1_Order__Output>
  AddOrderNote: MethodDefinition<_ecticket_issuance_v1_AddOrderNoteRequest, _ecticket_issuance_v1_Note, _ecticket_issuance_v1_AddOrderNoteRequest__Output, _ecticket_issuance_v1_Note__Output>
  ChangeBuyer: MethodDefinition<_ecticket_issuance_v1_ChangeBuyerRequest, _ecticket_issuance_v1_Order, _ecticket_issuance_v1_ChangeBuyerRequest__Output, _ecticket_issuance_v1_Order__Output>
  ConfirmPrinting: MethodDefinition<_ecticket_issuance_v1_ConfirmPrintingRequest, _ecticket_issuance_v1_ConfirmPrintingResponse, _ecticket_issuance_v1_ConfirmPrintingRequest__Output, _ecticket_issuance_v1_ConfirmPrintingResponse__Output>
  CreateOrder: MethodDefinition<_ecticket_issuance_v1_CreateOrderRequest, _ecticket_issuance_v1_CreateOrderResponse, _ecticket_issuance_v1_CreateOrderRequest__Output, _ecticket_issuance_v1_CreateOrderResponse__Output>
  CreateProduct: MethodDefinition<_ecticket_issuance_v1_CreateProductRequest, _ecticket_issuance_v1_Product, _ecticket_issuance_v1_CreateProductRequest__Output, _ecticket_issuance_v1_Product__Output>
  GetDeliveryLinks: MethodDefinition<_ecticket_issuance_v1_GetDeliveryLinksRequest, _ecticket_issuance_v1_DeliveryLinks, _ecticket_issuance_v1_GetDeliveryLinksRequest__Output, _ecticket_issuance_v1_DeliveryLinks__Output>
  GetOrder: MethodDefinition<_ecticket_issuance_v1_GetOrderRequest, _ecticket_issuance_v1_OrderDetail, _ecticket_issuance_v1_GetOrderRequest__Output, _ecticket_issuance_v1_OrderDetail__Output>
  GetPrintData: MethodDefinition<_ecticket_issuance_v1_GetPrintDataRequest, _ecticket_issuance_v1_PrintData, _ecticket_issuance_v1_GetPrintDataRequest__Output, _ecticket_issuance_v1_PrintData__Output>
  GetProduct: MethodDefinition<_ecticket_issuance_v1_GetProductRequest, _ecticket_issuance_v1_Product, _ecticket_issuance_v1_GetProductRequest__Output, _ecticket_issuance_v1_Product__Output>
  GetTicket: MethodDefinition<_ecticket_issuance_v1_GetTicketRequest, _ecticket_issuance_v1_Ticket, _ecticket_issuance_v1_GetTicketRequest__Output, _ecticket_issuance_v1_Ticket__Output>
  GetTicketVerificationKeys: MethodDefinition<_ecticket_issuance_v1_GetTicketVerificationKeysRequest, _ecticket_issuance_v1_GetTicketVerificationKeysResponse, _ecticket_issuance_v1_GetTicketVerificationKeysRequest__Output, _ecticket_issuance_v1_GetTicketVerificationKeysResponse__Output>
  GetWallet: MethodDefinition<_ecticket_issuance_v1_GetWalletRequest, _ecticket_issuance_v1_Wallet, _ecticket_issuance_v1_GetWalletRequest__Output, _ecticket_issuance_v1_Wallet__Output>
  IssueOrder: MethodDefinition<_ecticket_issuance_v1_IssueOrderRequest, _ecticket_issuance_v1_OrderDetail, _ecticket_issuance_v1_IssueOrderRequest__Output, _ecticket_issuance_v1_OrderDetail__Output>
  ListOrders: MethodDefinition<_ecticket_issuance_v1_ListOrdersRequest, _ecticket_issuance_v1_ListOrdersResponse, _ecticket_issuance_v1_ListOrdersRequest__Output, _ecticket_issuance_v1_ListOrdersResponse__Output>
  ListProducts: MethodDefinition<_ecticket_issuance_v1_ListProductsRequest, _ecticket_issuance_v1_ListProductsResponse, _ecticket_issuance_v1_ListProductsRequest__Output, _ecticket_issuance_v1_ListProductsResponse__Output>
  LookupPickupCode: MethodDefinition<_ecticket_issuance_v1_LookupPickupCodeRequest, _ecticket_issuance_v1_KioskOrder, _ecticket_issuance_v1_LookupPickupCodeRequest__Output, _ecticket_issuance_v1_KioskOrder__Output>
  MarkPrinted: MethodDefinition<_ecticket_issuance_v1_MarkPrintedRequest, _ecticket_issuance_v1_MarkPrintedResponse, _ecticket_issuance_v1_MarkPrintedRequest__Output, _ecticket_issuance_v1_MarkPrintedResponse__Output>
  ResendNotifications: MethodDefinition<_ecticket_issuance_v1_ResendNotificationsRequest, _ecticket_issuance_v1_NotificationRequest, _ecticket_issuance_v1_ResendNotificationsRequest__Output, _ecticket_issuance_v1_NotificationRequest__Output>
  SendBuyerOrderLinks: MethodDefinition<_ecticket_issuance_v1_SendBuyerOrderLinksRequest, _ecticket_issuance_v1_SendBuyerOrderLinksResponse, _ecticket_issuance_v1_SendBuyerOrderLinksRequest__Output, _ecticket_issuance_v1_SendBuyerOrderLinksResponse__Output>
  TransferTicket: MethodDefinition<_ecticket_issuance_v1_TransferTicketRequest, _ecticket_issuance_v1_TransferTicketResponse, _ecticket_issuance_v1_TransferTicketRequest__Output, _ecticket_issuance_v1_TransferTicketResponse__Output>
  UpdateProduct: MethodDefinition<_ecticket_issuance_v1_UpdateProductRequest, _ecticket_issuance_v1_Product, _ecticket_issuance_v1_UpdateProductRequest__Output, _ecticket_issuance_v1_Product__Output>
}
