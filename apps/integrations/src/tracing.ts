import { startTracing } from '@aftersales/platform-observability';

startTracing('integrations');
