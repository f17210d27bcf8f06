import { Route, Routes } from 'react-router';
import { MyWorkOrders } from './MyWorkOrders';
import { VisitSteps } from './VisitSteps';

/** The field engineer's phone view (issue #20): today's work orders, then one order's visit, step by step. */
export default function EngineerArea() {
  return (
    <div style={{ maxWidth: 560, margin: '0 auto' }}>
      <Routes>
        <Route index element={<MyWorkOrders />} />
        <Route path="work-orders/:id" element={<VisitSteps />} />
      </Routes>
    </div>
  );
}
