export { startGateway, gatewayConfigShape, type GatewayOptions, type RunningGateway } from './main';
