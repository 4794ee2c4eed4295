import { loadConfigOrExit, loadProcessConfig, stopOnSignals } from '@ecticket/platform';
import { gatewayConfigShape } from '@ecticket/gateway';
import { startAllInOne } from './platform';

const config = loadProcessConfig();
const gatewayConfig = loadConfigOrExit(gatewayConfigShape);
void startAllInOne({ config, port: gatewayConfig.PORT, host: gatewayConfig.HOST }).then((platform) =>
  stopOnSignals(platform.gateway.logger, () => platform.stop()),
);
