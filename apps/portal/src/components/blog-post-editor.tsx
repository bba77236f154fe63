import { useId, useState } from "react";
import { useMutation } from "urql";
import { type FragmentOf, graphql, readFragment } from "../graphql";
import { CONTENT_LANG, useI18n } from "../i18n";
import { personalDataProblem } from "../lib/personal-data";
import { portalNow } from "../lib/portal-clock";
import { isoToStockholmLocal, stockholmLocalToIso } from "../lib/stockholm";
import {
  Field,
  FormProblem,
  FormProblem_InputError,
  problem as localProblem,
  type Problem,
  type ProblemTexts,
  problemOf,
  TextField,
} from "./form";

export const BlogPostEditor_Post = graphql(`
  fragment BlogPostEditor_Post on BlogPost {
    id
    title
    slug
    body
    publishedAt
    themes {
      id
    }
  }
`);

const BlogPostEditor_Create = graphql(
  `
    mutation BlogPostEditor_Create($input: BlogPostInput!) {
      createBlogPost(input: $input) {
        __typename
        ...FormProblem_InputError
        ... on MutationCreateBlogPostSuccess {
          data {
            id
            slug
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

const BlogPostEditor_Update = graphql(
  `
    mutation BlogPostEditor_Update($id: ID!, $input: BlogPostInput!) {
      updateBlogPost(id: $id, input: $input) {
        __typename
        ...FormProblem_InputError
        ... on MutationUpdateBlogPostSuccess {
          data {
            id
            slug
          }
        }
      }
    }
  `,
  [FormProblem_InputError],
);

/** The blog's own words for codes that mean something else in comments. */
const texts: ProblemTexts = {
  TITLE_LENGTH: "problem.TITLE_LENGTH",
  SLUG_INVALID: "problem.SLUG_INVALID",
  SLUG_TAKEN: "problem.SLUG_TAKEN",
  BODY_EMPTY: "problem.POST_EMPTY",
  BODY_TOO_LONG: "problem.POST_TOO_LONG",
  PERSONAL_DATA: "problem.PERSONAL_DATA",
  PUBLISH_AT_MISSING: "problem.PUBLISH_AT_MISSING",
  NOT_FOUND: "problem.NOT_FOUND",
  FORBIDDEN: "problem.FORBIDDEN",
};

type Publication = "draft" | "now" | "at" | "keep";

/** Writes a new post or changes one: title, address, Markdown text, themes and publication. */
export function BlogPostEditor({
  post: masked,
  themes,
  onSaved,
  onCancel,
}: {
  post: FragmentOf<typeof BlogPostEditor_Post> | null;
  themes: readonly { id: string; title: string }[];
  onSaved: (slug: string) => void;
  onCancel: () => void;
}) {
  const { t, formatDateTime } = useI18n();
  const id = useId();
  const post = masked ? readFragment(BlogPostEditor_Post, masked) : null;
  const alreadyPublished = post?.publishedAt != null && new Date(post.publishedAt) <= portalNow();
  const [title, setTitle] = useState(post?.title ?? "");
  const [slug, setSlug] = useState(post?.slug ?? "");
  const [body, setBody] = useState(post?.body ?? "");
  const [themeIds, setThemeIds] = useState<string[]>(post?.themes.map((theme) => theme.id) ?? []);
  const [publication, setPublication] = useState<Publication>(
    alreadyPublished ? "keep" : post?.publishedAt ? "at" : "draft",
  );
  const [publishAt, setPublishAt] = useState(
    post?.publishedAt && !alreadyPublished ? isoToStockholmLocal(post.publishedAt) : "",
  );
  const [problem, setProblem] = useState<Problem | null>(null);
  const [created, create] = useMutation(BlogPostEditor_Create);
  const [updated, update] = useMutation(BlogPostEditor_Update);

  const publishedAt = (): string | null | undefined => {
    switch (publication) {
      case "draft":
        return null;
      case "now":
        return portalNow().toISOString();
      case "keep":
        return post?.publishedAt ?? null;
      case "at":
        return stockholmLocalToIso(publishAt) ?? undefined;
    }
  };

  const options: Publication[] = alreadyPublished ? ["keep", "draft"] : ["draft", "now", "at"];

  return (
    <form
      className="form-card"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const refused = personalDataProblem(title, "title") ?? personalDataProblem(body, "body");
        if (refused) return setProblem(refused);
        const when = publishedAt();
        if (when === undefined) return setProblem(localProblem("PUBLISH_AT_MISSING", "publishAt"));
        // "Now" is the portal's now, which DEMO_DATE may move: the API dates it.
        const now = publication === "now";
        const input = {
          title,
          slug: slug.trim() || null,
          body,
          publishedAt: now ? null : when,
          publishNow: now,
          themeIds,
        };
        if (post) {
          const answer = await update({ id: post.id, input });
          const payload = answer.data?.updateBlogPost;
          const found = problemOf(answer.error, payload);
          setProblem(found);
          if (!found && payload?.__typename === "MutationUpdateBlogPostSuccess")
            onSaved(payload.data.slug);
        } else {
          const answer = await create({ input });
          const payload = answer.data?.createBlogPost;
          const found = problemOf(answer.error, payload);
          setProblem(found);
          if (!found && payload?.__typename === "MutationCreateBlogPostSuccess")
            onSaved(payload.data.slug);
        }
      }}
    >
      <FormProblem
        problem={problem}
        fields={["title", "slug", "body", "publishAt"]}
        texts={texts}
      />
      <TextField
        name="title"
        label={t("adminBlog.title")}
        value={title}
        onValue={setTitle}
        problem={problem}
        texts={texts}
        required
        lang={CONTENT_LANG}
      />
      <TextField
        name="slug"
        label={t("adminBlog.slug")}
        hint={t("adminBlog.slugHint")}
        value={slug}
        onValue={setSlug}
        problem={problem}
        texts={texts}
      />
      <Field
        name="body"
        label={t("adminBlog.body")}
        hint={t("adminBlog.bodyHint")}
        problem={problem}
        texts={texts}
      >
        {(control) => (
          <textarea
            {...control}
            rows={16}
            value={body}
            lang={CONTENT_LANG}
            onChange={(e) => setBody(e.target.value)}
          />
        )}
      </Field>
      <fieldset>
        <legend>{t("adminBlog.themes")}</legend>
        {themes.map((theme) => (
          <div key={theme.id} className="check-field">
            <input
              id={`${id}-theme-${theme.id}`}
              type="checkbox"
              checked={themeIds.includes(theme.id)}
              onChange={(e) =>
                setThemeIds((ids) =>
                  e.target.checked ? [...ids, theme.id] : ids.filter((x) => x !== theme.id),
                )
              }
            />
            <label htmlFor={`${id}-theme-${theme.id}`} lang={CONTENT_LANG}>
              {theme.title}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("adminBlog.publication")}</legend>
        {options.map((value) => (
          <div key={value} className="check-field">
            <input
              id={`${id}-publication-${value}`}
              type="radio"
              name="publication"
              checked={publication === value}
              onChange={() => setPublication(value)}
            />
            <label htmlFor={`${id}-publication-${value}`}>
              {value === "keep" && post?.publishedAt
                ? t("adminBlog.publication.keep", { date: formatDateTime(post.publishedAt) })
                : t(`adminBlog.publication.${value}`)}
            </label>
          </div>
        ))}
      </fieldset>
      {publication === "at" && (
        <TextField
          name="publishAt"
          type="datetime-local"
          label={t("adminBlog.publishAt")}
          value={publishAt}
          onValue={setPublishAt}
          problem={problem}
          texts={texts}
        />
      )}
      <div className="form-actions">
        <button
          type="submit"
          className="button-primary"
          disabled={created.fetching || updated.fetching}
        >
          {t("adminBlog.save")}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t("adminBlog.cancel")}
        </button>
      </div>
    </form>
  );
}
