-- The schema EnsureCreated made before migrations (main at 283f7be), written by DatabaseFacade.GenerateCreateScript().
-- Kept to test that such a database is recognised, baselined at the Initial migration and upgraded.
CREATE TABLE "article_entities" (
    "ArticleId" TEXT NOT NULL,
    "EntityKey" TEXT NOT NULL,
    "Mentions" INTEGER NOT NULL,
    CONSTRAINT "PK_article_entities" PRIMARY KEY ("ArticleId", "EntityKey")
);


CREATE TABLE "articles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_articles" PRIMARY KEY,
    "SourceName" TEXT NOT NULL,
    "ContentHash" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Author" TEXT NULL,
    "Published" TEXT NULL,
    "Outlet" TEXT NULL,
    "Url" TEXT NULL,
    "Text" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "LanguageConfidence" REAL NOT NULL,
    "Summary" TEXT NOT NULL,
    "KeywordsJson" TEXT NOT NULL,
    "EntitiesJson" TEXT NOT NULL,
    "QuotesJson" TEXT NOT NULL,
    "NotesJson" TEXT NULL,
    "StoryId" TEXT NOT NULL,
    "DuplicateOf" TEXT NULL,
    "IngestedAt" TEXT NOT NULL,
    "CleanedAt" TEXT NOT NULL,
    "EnrichedAt" TEXT NOT NULL,
    "StoredAt" TEXT NOT NULL
);


CREATE TABLE "entities" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_entities" PRIMARY KEY,
    "Canonical" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "FirstSeenAt" TEXT NOT NULL
);


CREATE TABLE "failures" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_failures" PRIMARY KEY,
    "ArticleId" TEXT NULL,
    "SourceName" TEXT NOT NULL,
    "Stage" TEXT NOT NULL,
    "Queue" TEXT NULL,
    "Reason" TEXT NOT NULL,
    "ExceptionType" TEXT NULL,
    "StackTrace" TEXT NULL,
    "GroupKey" TEXT NOT NULL,
    "GroupTitle" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "RepeatCount" INTEGER NOT NULL,
    "ReplayCount" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "FirstFailedAt" TEXT NOT NULL,
    "LastFailedAt" TEXT NOT NULL,
    "ReplayedAt" TEXT NULL,
    "ResolvedAt" TEXT NULL,
    "MessageId" TEXT NULL,
    "MessageType" TEXT NULL,
    "Payload" TEXT NULL,
    "HeadersJson" TEXT NULL,
    "TraceId" TEXT NULL,
    "Process" TEXT NULL,
    "FailedFile" TEXT NULL
);


CREATE TABLE "story_signatures" (
    "ArticleId" TEXT NOT NULL CONSTRAINT "PK_story_signatures" PRIMARY KEY,
    "StoryId" TEXT NOT NULL,
    "DuplicateOf" TEXT NULL,
    "SimHash" INTEGER NOT NULL,
    "Signature" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE INDEX "IX_article_entities_EntityKey" ON "article_entities" ("EntityKey");


CREATE INDEX "IX_articles_ContentHash" ON "articles" ("ContentHash");


CREATE INDEX "IX_articles_StoredAt" ON "articles" ("StoredAt");


CREATE INDEX "IX_articles_StoryId" ON "articles" ("StoryId");


CREATE INDEX "IX_failures_ArticleId" ON "failures" ("ArticleId");


CREATE INDEX "IX_failures_GroupKey" ON "failures" ("GroupKey");


CREATE INDEX "IX_failures_Status_LastFailedAt" ON "failures" ("Status", "LastFailedAt");


CREATE INDEX "IX_story_signatures_CreatedAt" ON "story_signatures" ("CreatedAt");


