/**
 * Events of the notifications service. None yet: the first slice only consumes (docs/notifications.md). The stream
 * `NOTIFICATIONS` (`aftersales.notifications.>`) is reserved for events such as a delivery given up.
 */
export {};
