using Newspipe.Ingest;
using Newspipe.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("newspipe-ingest");
builder.AddIngestStage();
builder.AddPipelineBus(bus => bus.AddIngestConsumers());

var app = builder.Build();
app.MapDefaultEndpoints();
await app.RunAsync();
