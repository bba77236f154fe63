-- A blog post keeps its body rendered as HTML, written when the post is written or edited, so that
-- no read renders Markdown. Existing posts start without it (Markdown is rendered by the API, not
-- in SQL): the first read of each renders and stores it.
ALTER TABLE "blog_posts" ADD COLUMN "body_html" text;