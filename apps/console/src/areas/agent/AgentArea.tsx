import { Route, Routes } from 'react-router';
import { CasePage } from './CasePage';
import { CaseQueue } from './CaseQueue';
import { NewCaseFromCall } from './NewCaseFromCall';

/** The agent's workspace (issue #20): the queue, a new case from a call, the case page. */
export default function AgentArea() {
  return (
    <Routes>
      <Route index element={<CaseQueue />} />
      <Route path="cases/new" element={<NewCaseFromCall />} />
      <Route path="cases/:id" element={<CasePage />} />
    </Routes>
  );
}
