-- The schema EnsureCreated made before migrations (main at 283f7be), written by DatabaseFacade.GenerateCreateScript().
-- Kept to test that such a database is recognised, baselined at the Initial migration and upgraded.
CREATE TABLE article_entities (
    "ArticleId" uuid NOT NULL,
    "EntityKey" text NOT NULL,
    "Mentions" integer NOT NULL,
    CONSTRAINT "PK_article_entities" PRIMARY KEY ("ArticleId", "EntityKey")
);


CREATE TABLE articles (
    "Id" uuid NOT NULL,
    "SourceName" text NOT NULL,
    "ContentHash" text NOT NULL,
    "Title" text NOT NULL,
    "Author" text,
    "Published" text,
    "Outlet" text,
    "Url" text,
    "Text" text NOT NULL,
    "Language" text NOT NULL,
    "LanguageConfidence" double precision NOT NULL,
    "Summary" text NOT NULL,
    "KeywordsJson" text NOT NULL,
    "EntitiesJson" text NOT NULL,
    "QuotesJson" text NOT NULL,
    "NotesJson" text,
    "StoryId" uuid NOT NULL,
    "DuplicateOf" uuid,
    "IngestedAt" timestamp with time zone NOT NULL,
    "CleanedAt" timestamp with time zone NOT NULL,
    "EnrichedAt" timestamp with time zone NOT NULL,
    "StoredAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_articles" PRIMARY KEY ("Id")
);


CREATE TABLE entities (
    "Key" text NOT NULL,
    "Canonical" text NOT NULL,
    "Type" text NOT NULL,
    "FirstSeenAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_entities" PRIMARY KEY ("Key")
);


CREATE TABLE failures (
    "Id" uuid NOT NULL,
    "ArticleId" uuid,
    "SourceName" text NOT NULL,
    "Stage" text NOT NULL,
    "Queue" text,
    "Reason" text NOT NULL,
    "ExceptionType" text,
    "StackTrace" text,
    "GroupKey" text NOT NULL,
    "GroupTitle" text NOT NULL,
    "Attempts" integer NOT NULL,
    "RepeatCount" integer NOT NULL,
    "ReplayCount" integer NOT NULL,
    "Status" character varying(20) NOT NULL,
    "FirstFailedAt" timestamp with time zone NOT NULL,
    "LastFailedAt" timestamp with time zone NOT NULL,
    "ReplayedAt" timestamp with time zone,
    "ResolvedAt" timestamp with time zone,
    "MessageId" uuid,
    "MessageType" text,
    "Payload" text,
    "HeadersJson" text,
    "TraceId" text,
    "Process" text,
    "FailedFile" text,
    CONSTRAINT "PK_failures" PRIMARY KEY ("Id")
);


CREATE TABLE story_signatures (
    "ArticleId" uuid NOT NULL,
    "StoryId" uuid NOT NULL,
    "DuplicateOf" uuid,
    "SimHash" bigint NOT NULL,
    "Signature" text NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_story_signatures" PRIMARY KEY ("ArticleId")
);


CREATE INDEX "IX_article_entities_EntityKey" ON article_entities ("EntityKey");


CREATE INDEX "IX_articles_ContentHash" ON articles ("ContentHash");


CREATE INDEX "IX_articles_StoredAt" ON articles ("StoredAt");


CREATE INDEX "IX_articles_StoryId" ON articles ("StoryId");


CREATE INDEX "IX_failures_ArticleId" ON failures ("ArticleId");


CREATE INDEX "IX_failures_GroupKey" ON failures ("GroupKey");


CREATE INDEX "IX_failures_Status_LastFailedAt" ON failures ("Status", "LastFailedAt");


CREATE INDEX "IX_story_signatures_CreatedAt" ON story_signatures ("CreatedAt");


