export {
  startGateway,
  gatewayConfigShape,
  gatewaySettingsShape,
  type GatewayOptions,
  type RunningGateway,
} from './main';
