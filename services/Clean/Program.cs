using Newspipe.Clean;
using Newspipe.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("newspipe-clean");
builder.AddCleanStage();
builder.AddPipelineBus(bus => bus.AddCleanConsumers());

var app = builder.Build();
app.MapDefaultEndpoints();
await app.RunAsync();
