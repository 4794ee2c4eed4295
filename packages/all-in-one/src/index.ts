export { startAllInOne, type AllInOneOptions, type AllInOnePlatform } from './platform';
