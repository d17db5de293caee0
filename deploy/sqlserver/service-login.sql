-- One service's database and its own SQL login (run by create-logins.sh with sqlcmd -v Database= Login= Password=).
-- Idempotent: a second run creates nothing and resets the password to the one given.
-- db_owner of its own database only: the service migrates its schema at start-up; it can read no other service's data.
IF DB_ID(N'$(Database)') IS NULL
    CREATE DATABASE [$(Database)];
GO
IF SUSER_ID(N'$(Login)') IS NULL
    CREATE LOGIN [$(Login)] WITH PASSWORD = N'$(Password)', DEFAULT_DATABASE = [$(Database)], CHECK_POLICY = ON;
ELSE
    ALTER LOGIN [$(Login)] WITH PASSWORD = N'$(Password)';
GO
USE [$(Database)];
GO
IF USER_ID(N'$(Login)') IS NULL
    CREATE USER [$(Login)] FOR LOGIN [$(Login)];
ALTER ROLE db_owner ADD MEMBER [$(Login)];
GO
