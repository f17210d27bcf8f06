import { startTracing } from '@aftersales/platform-observability';

startTracing('rma-inventory');
