import { z } from 'zod';

/** The body of PUT /v1/sla/calendars/:id/ics: an iCalendar text (text/calendar), at most 1 MiB. */
export const icsBodySchema = z.string().min(1).max(1_048_576);
