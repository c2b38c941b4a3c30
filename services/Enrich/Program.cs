using Newspipe.Enrich;
using Newspipe.ServiceDefaults;
using Newspipe.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("newspipe-enrich");
builder.AddArticleStore();
builder.AddEnrichStage();
builder.AddPipelineBus(bus => bus.AddEnrichConsumers());

var app = builder.Build();
app.MapDefaultEndpoints();
await app.RunAsync();
