export { listTimeline } from './list-timeline.ts';
export { TimelineEvent, TimelineFilter } from './schemas.ts';
