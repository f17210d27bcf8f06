import { complainantOnCase, oneLevelHigher } from './complainant.policy';

describe('a customer who complained before (R-CP-5)', () => {
  const standing = { complainedBefore: true, complaintCount: 2, openComplaints: 1, lastComplaintAt: '2026-11-20T02:00:00.000Z' };

  it('given the raise-priority treatment, then their new case is one level higher, and says from what', () => {
    expect(complainantOnCase(standing, 'P3', 'raise-priority')).toEqual({ priority: 'P2', complainant: { ...standing, treatment: 'raise-priority', priorityRaisedFrom: 'P3' } });
    expect([oneLevelHigher('P4'), oneLevelHigher('P2'), oneLevelHigher('P1')]).toEqual(['P3', 'P1', 'P1']);
  });

  it('given a P1 case, then it stays P1 and nothing was raised', () => {
    expect(complainantOnCase(standing, 'P1', 'raise-priority').complainant?.priorityRaisedFrom).toBeNull();
  });

  it('given the senior-queue treatment, then the priority stays and the case is flagged for the senior queue', () => {
    expect(complainantOnCase(standing, 'P3', 'senior-queue')).toEqual({ priority: 'P3', complainant: { ...standing, treatment: 'senior-queue', priorityRaisedFrom: null } });
  });

  it('given a customer who never complained, or nothing known, then the case is as opened', () => {
    expect(complainantOnCase(null, 'P3', 'raise-priority')).toEqual({ priority: 'P3', complainant: null });
    expect(complainantOnCase({ ...standing, complainedBefore: false, complaintCount: 0 }, 'P4', 'raise-priority')).toEqual({ priority: 'P4', complainant: null });
  });
});
