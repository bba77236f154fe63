export { blogPosts } from "./blog-posts";
export { meetings } from "./meetings";
export { organisations } from "./organisations";
export { phases } from "./phases";
export { proposals } from "./proposals";
export { themes } from "./themes";
export type * from "./types";
export { visitQuestions } from "./visit-questions";
