/**
 * Demo data: with {@code --demo}, seeds "Demo Care Group" with its services, the demo accounts of
 * the API guide and about twelve months of realistic history, made through the same application
 * services a person uses, so every rule holds. Refuses a database that holds real data.
 */
@org.springframework.modulith.ApplicationModule
package org.learnloop.demo;
