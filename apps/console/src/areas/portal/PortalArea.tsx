import { Route, Routes } from 'react-router';
import { MyCases } from './MyCases';
import { OpenCase } from './OpenCase';
import { PortalCase } from './PortalCase';

/** The customer portal (issue #20): my cases, open one, follow it, confirm or reject the resolution. */
export default function PortalArea() {
  return (
    <div style={{ maxWidth: 960, margin: '0 auto' }}>
      <Routes>
        <Route index element={<MyCases />} />
        <Route path="cases/new" element={<OpenCase />} />
        <Route path="cases/:id" element={<PortalCase />} />
      </Routes>
    </div>
  );
}
