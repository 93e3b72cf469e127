// The tests share PostgreSQL clusters and start real hosts with Quartz schedulers; running classes one after another
// keeps the scheduler instances and the machine's two cores from competing.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
