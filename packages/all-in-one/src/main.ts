import { stopOnSignals } from '@ecticket/platform';
import { startAllInOne } from './platform';

void startAllInOne({ environment: process.env }).then((platform) => stopOnSignals(platform.gateway.logger, () => platform.stop()));
